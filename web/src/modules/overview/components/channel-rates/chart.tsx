import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Channel } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';

export interface ChannelRates {
  channel: Channel;
  deliveryRate: number | null;
  readRate: number | null;
}

/**
 * Delivery and read rate side by side per channel; channels without read receipts have no read bar. Selecting a
 * channel's bars calls onSelect (the channel table below offers the same as buttons, for the keyboard).
 */
export function ChannelRatesChart({
  rows,
  label,
  onSelect,
}: {
  rows: ChannelRates[];
  label: string;
  onSelect: (channel: Channel) => void;
}) {
  const { t, fmt } = useI18n();
  const names = { deliveryRate: t('column.deliveryRate'), readRate: t('column.readRate') };
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart
          data={rows}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
          onClick={(state) => {
            const index = Number(state.activeTooltipIndex);
            if (Number.isInteger(index) && rows[index]) onSelect(rows[index].channel);
          }}
          style={{ cursor: 'pointer' }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#d6dae0" />
          <XAxis dataKey="channel" tickFormatter={(c: Channel) => t(`channel.${c}`)} interval={0} />
          <YAxis domain={[0, 1]} tickFormatter={(v: number) => fmt.ratio(v)} width={56} />
          <Tooltip
            labelFormatter={(c) => t(`channel.${c as Channel}`)}
            formatter={(value, name) => [
              value === null || value === undefined ? t('unavailable.NOT_MEASURABLE') : fmt.ratio(Number(value)),
              names[name as keyof typeof names],
            ]}
          />
          <Legend formatter={(name) => names[name as keyof typeof names]} />
          <Bar dataKey="deliveryRate" fill="#1f5fbf" isAnimationActive={false} />
          <Bar dataKey="readRate" fill="#1a7f4b" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
