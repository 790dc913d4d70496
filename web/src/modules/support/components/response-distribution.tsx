import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CombinedError } from 'urql';
import { ChartData } from '@web/components/charts/chart-data';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import { OptionSelect } from '@web/components/ui/option-select';
import type { ResponseTimeDistributionQuery, SupportMetric } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { METRICS } from '../support-params';
import { useDuration } from '../use-duration';

type Row = ResponseTimeDistributionQuery['responseTimeDistribution'][number];

/** How many responses (or resolutions) took how long, in the API's buckets from "< 1 min" to "> 24 h". */
export function ResponseDistribution({
  metric,
  onMetric,
  rows,
  fetching,
  error,
  onRetry,
}: {
  metric: SupportMetric;
  onMetric: (metric: SupportMetric) => void;
  rows: readonly Row[];
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
}) {
  const { t, fmt } = useI18n();
  const duration = useDuration();
  const title = t('support.distributionTitle');
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const range = (r: Row) =>
    r.toMs === null || r.toMs === undefined
      ? t('support.bucketFrom', { from: duration(r.fromMs) })
      : t('support.bucketRange', { from: duration(r.fromMs), to: duration(r.toMs) });
  return (
    <Card
      title={title}
      actions={
        <div className="card-actions">
          <OptionSelect label={t('support.measure')} value={metric} options={METRICS} onChange={onMetric} />
          <HowComputed text={t('support.how.distribution')} />
        </div>
      }
    >
      <DataState
        fetching={fetching}
        error={error}
        empty={total === 0}
        emptyText={t('support.noResponses')}
        onRetry={onRetry}
        minHeight={260}
      >
        <div
          className="chart"
          role="img"
          aria-label={`${title}: ${rows.map((r) => `${r.label}: ${fmt.count(r.count)}`).join('; ')}`}
          data-testid="response-distribution"
        >
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={[...rows]} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#d6dae0" />
              <XAxis dataKey="label" interval={0} fontSize={12} />
              <YAxis allowDecimals={false} tickFormatter={(v: number) => fmt.count(v)} width={56} />
              <Tooltip formatter={(value) => [fmt.count(Number(value)), t(`support.metric.${metric}`)]} />
              <Bar dataKey="count" fill="#1f5fbf" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ChartData<Row>
          caption={title}
          exportName={`support-distribution-${METRICS.find((m) => m.value === metric)?.param ?? 'first-response'}`}
          rows={rows}
          rowKey={(r) => r.label}
          columns={[
            { key: 'label', header: t('support.column.bucket'), cell: (r) => r.label, csv: (r) => r.label },
            { key: 'range', header: t('support.column.range'), cell: range },
            {
              key: 'count',
              header: t('support.column.count'),
              cell: (r) => fmt.count(r.count),
              csv: (r) => r.count,
              numeric: true,
            },
            {
              key: 'share',
              header: t('engagement.column.share'),
              cell: (r) => fmt.ratio(r.count / total),
              csv: (r) => r.count / total,
              numeric: true,
            },
          ]}
        />
      </DataState>
    </Card>
  );
}
