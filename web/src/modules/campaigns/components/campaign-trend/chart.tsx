import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '@web/i18n/i18n-context';
import type { CampaignDay } from '../../campaign-types';

/** Conversions per day as bars (left axis), revenue and spend as lines (right axis, reporting currency). */
export function CampaignTrendChart({
  days,
  label,
  money,
  onSelect,
}: {
  days: CampaignDay[];
  label: string;
  money: (value: number) => string;
  onSelect: (date: string) => void;
}) {
  const { t, fmt } = useI18n();
  const names = {
    conversions: t('campaigns.conversions'),
    revenue: t('campaigns.revenue'),
    spend: t('campaigns.spendShort'),
  };
  return (
    <div className="chart" role="img" aria-label={label} data-testid="campaign-trend-chart">
      <ResponsiveContainer width="100%" height={260}>
        <ComposedChart
          data={days}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          onClick={(state) => {
            const index = Number(state.activeTooltipIndex);
            if (Number.isInteger(index) && days[index]) onSelect(days[index].date);
          }}
          style={{ cursor: 'pointer' }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#d6dae0" />
          <XAxis dataKey="date" tickFormatter={(d: string) => fmt.date(d, 'short')} minTickGap={16} />
          <YAxis yAxisId="count" allowDecimals={false} width={48} />
          <YAxis yAxisId="money" orientation="right" tickFormatter={money} width={88} />
          <Tooltip
            labelFormatter={(d) => (typeof d === 'string' ? fmt.date(d) : '')}
            formatter={(value, name) => [
              name === 'conversions' ? fmt.count(Number(value)) : money(Number(value)),
              names[name as keyof typeof names],
            ]}
          />
          <Legend formatter={(name) => names[name as keyof typeof names]} />
          <Bar yAxisId="count" dataKey="conversions" fill="#1f5fbf" isAnimationActive={false} />
          <Line
            yAxisId="money"
            dataKey="revenue"
            stroke="#1a7f4b"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="money"
            dataKey="spend"
            stroke="#b35c00"
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
