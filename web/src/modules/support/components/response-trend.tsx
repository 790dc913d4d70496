import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CombinedError } from 'urql';
import { ChartData } from '@web/components/charts/chart-data';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import { InlineField } from '@web/components/ui/inline-field';
import type { SupportGroupFieldsFragment } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { TRENDS, type TrendPeriod } from '../support-params';
import { csvSeconds, useDuration } from '../use-duration';

type Group = SupportGroupFieldsFragment;

interface Point {
  date: string;
  conversations: number;
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
  /** The chart's values, in minutes. */
  median: number | null;
  p90: number | null;
}

/** First response time per day or week (median and p90, in minutes on the chart) with the conversations started. */
export function ResponseTrend({
  period,
  onPeriod,
  rows,
  fetching,
  error,
  onRetry,
}: {
  period: TrendPeriod;
  onPeriod: (period: TrendPeriod) => void;
  rows: readonly Group[];
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
}) {
  const { t, fmt } = useI18n();
  const duration = useDuration();
  const minutes = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : ms / 60_000);
  const points: Point[] = rows.map((r) => ({
    date: r.key,
    conversations: r.conversations,
    count: r.firstResponse.count,
    medianMs: r.firstResponse.medianMs ?? null,
    p90Ms: r.firstResponse.p90Ms ?? null,
    median: minutes(r.firstResponse.medianMs),
    p90: minutes(r.firstResponse.p90Ms),
  }));
  const title = t('support.trendTitle');
  const names = { median: t('support.kpi.firstResponseMedian'), p90: t('support.kpi.firstResponseP90') };
  const dateLabel = (date: string) =>
    period === 'WEEK' ? t('support.weekOf', { date: fmt.date(date) }) : fmt.date(date);
  return (
    <Card
      title={title}
      actions={
        <div className="card-actions">
          <InlineField label={t('support.trendBy')}>
            {(id) => (
              <select id={id} value={period} onChange={(e) => onPeriod(e.target.value as TrendPeriod)}>
                {TRENDS.map((p) => (
                  <option key={p.value} value={p.value}>
                    {t(p.label)}
                  </option>
                ))}
              </select>
            )}
          </InlineField>
          <HowComputed text={t('support.how.trend')} />
        </div>
      }
    >
      <DataState
        fetching={fetching}
        error={error}
        empty={rows.length === 0}
        emptyText={t('support.noConversations')}
        onRetry={onRetry}
        minHeight={260}
      >
        <div
          className="chart"
          role="img"
          aria-label={`${title}: ${points.map((p) => `${dateLabel(p.date)} ${duration(p.medianMs)}`).join('; ')}`}
        >
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#d6dae0" />
              <XAxis dataKey="date" tickFormatter={(d: string) => fmt.date(d, 'short')} minTickGap={16} />
              <YAxis tickFormatter={(v: number) => fmt.seconds(v * 60)} width={72} />
              <Tooltip
                labelFormatter={(d) => (typeof d === 'string' ? dateLabel(d) : '')}
                formatter={(value, name) => [
                  value === null || value === undefined
                    ? t('unavailableShort.NO_DATA')
                    : fmt.seconds(Number(value) * 60),
                  names[name as keyof typeof names],
                ]}
              />
              <Legend formatter={(name) => names[name as keyof typeof names]} />
              <Line dataKey="median" stroke="#1f5fbf" dot={false} connectNulls={false} isAnimationActive={false} />
              <Line dataKey="p90" stroke="#b35c00" dot={false} connectNulls={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <ChartData<Point>
          caption={title}
          exportName={`first-response-by-${period === 'WEEK' ? 'week' : 'day'}`}
          rows={points}
          rowKey={(p) => p.date}
          columns={[
            {
              key: 'date',
              header: t(period === 'WEEK' ? 'support.column.week' : 'column.date'),
              cell: (p) => dateLabel(p.date),
              csv: (p) => p.date,
            },
            {
              key: 'conversations',
              header: t('support.column.conversations'),
              cell: (p) => fmt.count(p.conversations),
              csv: (p) => p.conversations,
              numeric: true,
            },
            {
              key: 'count',
              header: t('support.column.firstResponses'),
              cell: (p) => fmt.count(p.count),
              csv: (p) => p.count,
              numeric: true,
            },
            {
              key: 'median',
              header: names.median,
              cell: (p) => duration(p.medianMs),
              csv: (p) => csvSeconds(p.medianMs),
              numeric: true,
            },
            {
              key: 'p90',
              header: names.p90,
              cell: (p) => duration(p.p90Ms),
              csv: (p) => csvSeconds(p.p90Ms),
              numeric: true,
            },
          ]}
        />
      </DataState>
    </Card>
  );
}
