import { useRef } from 'react';
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Channel } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { CHANNEL_COLORS } from '@web/lib/channels';
import type { VolumeByDay } from './volume-rows';

/**
 * Messages per day stacked by channel. Selecting a channel's band on a day calls onSelect with both; selecting
 * outside the bands gives the day only (the data table below offers the same as buttons, for the keyboard).
 */
export function VolumeByChannelChart({
  days,
  channels,
  label,
  onSelect,
}: {
  days: VolumeByDay[];
  channels: Channel[];
  label: string;
  onSelect: (date: string, channel: Channel | null) => void;
}) {
  const { t, fmt } = useI18n();
  // The band's click comes first, then the chart's (which knows the day); the band leaves its channel here.
  const clickedChannel = useRef<Channel | null>(null);
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={280}>
        <AreaChart
          data={days}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
          onClick={(state) => {
            const channel = clickedChannel.current;
            clickedChannel.current = null;
            const index = Number(state.activeTooltipIndex);
            if (Number.isInteger(index) && days[index]) onSelect(days[index].date, channel);
          }}
          style={{ cursor: 'pointer' }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#d6dae0" />
          <XAxis dataKey="date" tickFormatter={(d: string) => fmt.date(d, 'short')} minTickGap={24} />
          <YAxis tickFormatter={(v: number) => fmt.count(v)} width={64} />
          <Tooltip
            labelFormatter={(d) => (typeof d === 'string' ? fmt.date(d) : d)}
            formatter={(value, name) => [fmt.count(Number(value)), t(`channel.${name as Channel}`)]}
          />
          <Legend formatter={(name) => t(`channel.${name as Channel}`)} />
          {channels.map((channel) => (
            <Area
              key={channel}
              type="monotone"
              dataKey={channel}
              stackId="messages"
              stroke={CHANNEL_COLORS[channel]}
              fill={CHANNEL_COLORS[channel]}
              fillOpacity={0.55}
              isAnimationActive={false}
              onClick={() => {
                clickedChannel.current = channel;
              }}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
