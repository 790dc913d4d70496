import type { UseQueryState } from 'urql';
import { KpiSummary, periodMetric as metric, type SummaryFigure } from '@web/components/ui/kpi-summary';
import type { EngagementQuery, EngagementQueryVariables } from '@web/generated/graphql';
import { timeReason } from './unavailable';

type Engagement = EngagementQuery['engagement'];
type Result = UseQueryState<EngagementQuery, EngagementQueryVariables>;

const FIGURES: readonly SummaryFigure<Engagement>[] = [
  {
    definition: { metric: 'sent', label: 'engagement.sent', better: 'up' },
    how: 'engagement.how.sent',
    metric: (e) =>
      metric(
        'COUNT',
        e.total.sent,
        e.days.map((d) => ({ date: d.date, value: d.sent })),
      ),
  },
  {
    definition: { metric: 'deliveryRate', label: 'kpi.deliveryRate', better: 'up' },
    how: 'engagement.how.deliveryRate',
    metric: (e) =>
      metric(
        'RATIO',
        e.total.deliveryRate,
        e.days.map((d) => ({ date: d.date, value: d.deliveryRate })),
        { sampleSize: e.total.sent, unavailableReason: e.total.deliveryRateUnavailableReason },
      ),
  },
  {
    definition: { metric: 'readRate', label: 'kpi.readRate', better: 'up' },
    how: 'engagement.how.readRate',
    metric: (e) =>
      metric(
        'RATIO',
        e.total.readRate,
        e.days.map((d) => ({ date: d.date, value: d.readRate })),
        { sampleSize: e.total.delivered, unavailableReason: e.total.readRateUnavailableReason },
      ),
  },
  {
    definition: { metric: 'medianTimeToRead', label: 'kpi.medianTimeToRead', better: 'down' },
    how: 'engagement.how.medianTimeToRead',
    metric: (e) =>
      metric(
        'SECONDS',
        e.total.medianSeconds,
        e.days.map((d) => ({ date: d.date, value: d.medianSeconds })),
        { sampleSize: e.total.timedReads, unavailableReason: timeReason(e.total.readReceipts) },
      ),
  },
  {
    definition: { metric: 'p90TimeToRead', label: 'engagement.p90TimeToRead', better: 'down' },
    how: 'engagement.how.p90TimeToRead',
    metric: (e) =>
      metric('SECONDS', e.total.p90Seconds, [], {
        sampleSize: e.total.timedReads,
        unavailableReason: timeReason(e.total.readReceipts),
      }),
  },
];

/** The headline figures of the period; channels without receipts say "not measurable", never 0. */
export function EngagementSummary({ result, onRetry }: { result: Result; onRetry: () => void }) {
  return (
    <KpiSummary
      id="engagement-kpi-heading"
      title="engagement.summary"
      data={result.data?.engagement}
      fetching={result.fetching}
      error={result.error}
      onRetry={onRetry}
      figures={FIGURES}
    />
  );
}
