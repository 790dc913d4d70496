import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '@web/i18n/i18n-context';

export interface FunnelStep<K extends string = string> {
  key: K;
  label: string;
}

/** One funnel (a channel, a campaign): a count per step, null where the step is not measurable. */
export interface FunnelSeries {
  key: string;
  label: string;
  color: string;
  /** Same order as the steps; the first is the base the others are a share of. */
  counts: ReadonlyArray<number | null>;
}

export interface FunnelChartRow {
  step: string;
  stepKey: string;
  [seriesValue: string]: number | string | null;
}

/**
 * The chart's rows: one per step, holding each series' share of its first step (`s<i>`) and count (`c<i>`).
 * A missing count stays null (no bar) instead of becoming 0, and a series with no base has no shares.
 */
export function funnelChartRows(steps: readonly FunnelStep[], series: readonly FunnelSeries[]): FunnelChartRow[] {
  return steps.map((step, stepIndex) => {
    const row: FunnelChartRow = { step: step.label, stepKey: step.key };
    series.forEach((s, i) => {
      const base = s.counts[0];
      const count = s.counts[stepIndex] ?? null;
      row[`c${i}`] = count;
      row[`s${i}`] = count === null || !base ? null : count / base;
    });
    return row;
  });
}

/**
 * Funnels side by side: the steps along the axis, a bar per series showing the share of its first step that
 * reached each step, so funnels of different sizes compare. Steps a series cannot measure have no bar and are
 * named below the chart. Selecting a bar calls onSelect for selectable steps (pages offer the same in a table).
 */
export function FunnelChart<K extends string = string>({
  steps,
  series,
  label,
  onSelect,
  selectable = () => true,
  height = 280,
}: {
  steps: readonly FunnelStep<K>[];
  series: readonly FunnelSeries[];
  /** The chart's text alternative. */
  label: string;
  onSelect?: (seriesKey: string, stepKey: K) => void;
  selectable?: (seriesKey: string, stepKey: K) => boolean;
  height?: number;
}) {
  const { t, fmt } = useI18n();
  const rows = funnelChartRows(steps, series);
  const missing = series.flatMap((s) => {
    const names = steps.filter((_, i) => s.counts[i] === null).map((step) => step.label);
    return names.length ? [`${s.label} (${names.join(', ')})`] : [];
  });
  const select = (seriesIndex: number, stepIndex: number) => {
    const s = series[seriesIndex];
    const step = steps[stepIndex];
    if (onSelect && s && step && s.counts[stepIndex] !== null && selectable(s.key, step.key)) onSelect(s.key, step.key);
  };
  return (
    <>
      <div className="chart" role="img" aria-label={label} data-testid="funnel-chart">
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#d6dae0" />
            <XAxis dataKey="step" interval={0} fontSize={12} />
            <YAxis domain={[0, 1]} tickFormatter={(v: number) => fmt.ratio(v)} width={56} />
            <Tooltip
              formatter={(value, name, item) => {
                const index = Number(String(name).slice(1));
                const count = (item.payload as FunnelChartRow)[`c${index}`];
                return [
                  value === null || value === undefined || count === null
                    ? t('unavailableShort.NOT_MEASURABLE')
                    : `${fmt.ratio(Number(value))} (${fmt.count(Number(count))})`,
                  series[index]?.label ?? '',
                ];
              }}
            />
            <Legend formatter={(name) => series[Number(String(name).slice(1))]?.label ?? ''} />
            {series.map((s, i) => (
              <Bar
                key={s.key}
                dataKey={`s${i}`}
                fill={s.color}
                cursor={onSelect ? 'pointer' : undefined}
                isAnimationActive={false}
                onClick={(_, stepIndex) => select(i, stepIndex)}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {missing.length > 0 && (
        <p className="chart-note">{t('funnel.notMeasurableSteps', { list: missing.join('; ') })}</p>
      )}
    </>
  );
}
