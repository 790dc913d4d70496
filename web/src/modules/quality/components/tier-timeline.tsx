import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '@web/i18n/i18n-context';
import { LIMIT_LADDER, QUALITY_LADDER, type TimelinePoint } from '../tier-timeline-data';
import { useTierWords } from '../use-tier-words';

/** The messaging limit and the quality rating over time as steps (each holds until the next change). */
export function TierTimeline({ points, label }: { points: TimelinePoint[]; label: string }) {
  const { t, fmt } = useI18n();
  const words = useTierWords();
  const names = { limitLevel: t('quality.column.limit'), qualityLevel: t('engagement.column.quality') };
  const limitTick = (level: number) => words.limit(LIMIT_LADDER[level - 1]);
  const qualityTick = (level: number) => words.rating(QUALITY_LADDER[level - 1]);
  const day = (at: number) => fmt.date(new Date(at).toISOString().slice(0, 10), 'short');
  return (
    <div className="chart" role="img" aria-label={label} data-testid="tier-timeline">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d6dae0" />
          <XAxis dataKey="at" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={day} />
          <YAxis
            yAxisId="limit"
            domain={[1, LIMIT_LADDER.length]}
            ticks={LIMIT_LADDER.map((_, i) => i + 1)}
            tickFormatter={limitTick}
            width={96}
            fontSize={12}
          />
          <YAxis
            yAxisId="quality"
            orientation="right"
            domain={[1, QUALITY_LADDER.length]}
            ticks={QUALITY_LADDER.map((_, i) => i + 1)}
            tickFormatter={qualityTick}
            width={72}
            fontSize={12}
          />
          <Tooltip
            labelFormatter={(at) => fmt.dateTime(new Date(Number(at)).toISOString())}
            formatter={(value, name) => [
              name === 'limitLevel' ? limitTick(Number(value)) : qualityTick(Number(value)),
              names[name as keyof typeof names],
            ]}
          />
          <Legend formatter={(name) => names[name as keyof typeof names]} />
          <Line
            yAxisId="limit"
            type="stepAfter"
            dataKey="limitLevel"
            stroke="#1f5fbf"
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="quality"
            type="stepAfter"
            dataKey="qualityLevel"
            stroke="#1a7f4b"
            strokeDasharray="6 3"
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
