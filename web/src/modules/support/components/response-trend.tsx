import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CombinedError } from 'urql';
import { ChartData } from '@web/components/charts/chart-data';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import { OptionSelect } from '@web/components/ui/option-select';
import type { SupportGroupFieldsFragment } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { TRENDS, type TrendPeriod } from '../support-params';
import { supportColumns } from '../support-columns';
import { useDuration } from '../use-duration';

type Group = SupportGroupFieldsFragment;

/** The chart's values, in minutes. */
interface Point {
  date: string;
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
          <OptionSelect label={t('support.trendBy')} value={period} options={TRENDS} onChange={onPeriod} />
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
          aria-label={`${title}: ${rows.map((r) => `${dateLabel(r.key)} ${duration(r.firstResponse.medianMs)}`).join('; ')}`}
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
        <ChartData<Group>
          caption={title}
          exportName={`first-response-by-${period === 'WEEK' ? 'week' : 'day'}`}
          rows={rows}
          rowKey={(r) => r.key}
          columns={[
            {
              key: 'date',
              header: t(period === 'WEEK' ? 'support.column.week' : 'column.date'),
              cell: (r) => dateLabel(r.key),
              csv: (r) => r.key,
            },
            ...supportColumns(['conversations', 'frtCount', 'frtMedian', 'frtP90'], t, fmt, duration),
          ]}
        />
      </DataState>
    </Card>
  );
}
