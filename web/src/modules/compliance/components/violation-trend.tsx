import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { UseQueryState } from 'urql';
import { ChartData } from '@web/components/charts/chart-data';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import { OptionSelect } from '@web/components/ui/option-select';
import type {
  ViolationKind,
  ViolationTrendInterval,
  ViolationTrendQuery,
  ViolationTrendQueryVariables,
} from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { kindsPresent, trendRows, type TrendRow } from '../violation-trend-rows';
import { VIOLATION_KINDS } from '../violation-params';

type Result = UseQueryState<ViolationTrendQuery, ViolationTrendQueryVariables>;

export const KIND_COLORS: Record<ViolationKind, string> = {
  NO_CONSENT: '#c0392b',
  AFTER_OPT_OUT: '#8e1b10',
  PURPOSE_MISMATCH: '#e67e22',
  OUTSIDE_WINDOW: '#1f5fbf',
  PROHIBITED_CONTENT: '#6c3483',
  TEMPLATE_MISUSE: '#a569bd',
  FREQUENCY_CAP: '#117a65',
  QUIET_HOURS: '#48c9b0',
  PLATFORM_ENFORCEMENT: '#34495e',
};

const INTERVALS = [
  { value: 'DAY', label: 'compliance.trend.DAY' },
  { value: 'WEEK', label: 'compliance.trend.WEEK' },
] as const;

/** Violations of the list's filter per day or week, stacked by kind, with the numbers and CSV underneath. */
export function ViolationTrend({
  result,
  onRetry,
  interval,
  onInterval,
}: {
  result: Result;
  onRetry: () => void;
  interval: ViolationTrendInterval;
  onInterval: (interval: ViolationTrendInterval) => void;
}) {
  const { t, fmt } = useI18n();
  const rows = trendRows(result.data?.complianceViolationTrend ?? []);
  const kinds = kindsPresent(rows);
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  const title = t('compliance.trend.title');
  return (
    <Card
      title={title}
      className="card-wide"
      actions={
        <>
          <OptionSelect
            label={t('compliance.trend.interval')}
            value={interval}
            options={INTERVALS}
            onChange={onInterval}
          />
          <HowComputed text={t('compliance.how.trend')} />
        </>
      }
    >
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={rows.length === 0}
        onRetry={onRetry}
        minHeight={280}
      >
        <div
          className="chart"
          role="img"
          aria-label={t('compliance.trend.alt', { count: total, buckets: rows.length })}
          data-testid="violation-trend"
        >
          <ResponsiveContainer width="100%" height={280}>
            <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#d6dae0" />
              <XAxis dataKey="date" tickFormatter={(d: string) => fmt.date(d, 'short')} minTickGap={16} />
              <YAxis allowDecimals={false} tickFormatter={(v: number) => fmt.count(v)} width={56} />
              <Tooltip
                labelFormatter={(d) => (typeof d === 'string' ? fmt.date(d) : '')}
                formatter={(value, name) => [fmt.count(Number(value)), t(`compliance.kind.${name as ViolationKind}`)]}
              />
              <Legend formatter={(name: string) => t(`compliance.kind.${name as ViolationKind}`)} />
              {kinds.map((kind) => (
                <Bar key={kind} dataKey={kind} stackId="kinds" fill={KIND_COLORS[kind]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ChartData<TrendRow>
          caption={title}
          exportName={interval === 'WEEK' ? 'violations-by-week' : 'violations-by-day'}
          rows={rows}
          rowKey={(r) => r.date}
          columns={[
            {
              key: 'date',
              header: t(interval === 'WEEK' ? 'compliance.column.weekStart' : 'column.date'),
              cell: (r) => fmt.date(r.date),
              csv: (r) => r.date,
            },
            ...VIOLATION_KINDS.map((kind) => ({
              key: kind,
              header: t(`compliance.kind.${kind}`),
              cell: (r: TrendRow) => fmt.count(r[kind]),
              csv: (r: TrendRow) => r[kind],
              numeric: true,
            })),
            {
              key: 'total',
              header: t('compliance.column.total'),
              cell: (r) => fmt.count(r.total),
              csv: (r) => r.total,
              numeric: true,
            },
          ]}
        />
      </DataState>
    </Card>
  );
}
