import type { UseQueryState } from 'urql';
import { KpiSummary, periodMetric as metric, type SummaryFigure } from '@web/components/ui/kpi-summary';
import type { ComplaintTrendsQuery, ComplaintTrendsQueryVariables } from '@web/generated/graphql';
import { spikeDays } from '../complaint-days';

type Trends = ComplaintTrendsQuery['complaintTrends'];
type Result = UseQueryState<ComplaintTrendsQuery, ComplaintTrendsQueryVariables>;

const FIGURES: readonly SummaryFigure<Trends>[] = [
  {
    definition: { metric: 'complaintRate', label: 'kpi.complaintRate', better: 'down' },
    how: 'complaints.how.rate',
    metric: (c) =>
      metric(
        'PER_THOUSAND',
        c.rate,
        c.days.map((d) => ({ date: d.date, value: d.rate })),
        { sampleSize: c.delivered },
      ),
  },
  {
    definition: { metric: 'complaints', label: 'complaints.complaints', better: 'down' },
    how: 'complaints.how.complaints',
    metric: (c) =>
      metric(
        'COUNT',
        c.complaints,
        c.days.map((d) => ({ date: d.date, value: d.complaints })),
      ),
  },
  {
    definition: { metric: 'delivered', label: 'complaints.delivered', better: 'up' },
    how: 'complaints.how.delivered',
    metric: (c) =>
      metric(
        'COUNT',
        c.delivered,
        c.days.map((d) => ({ date: d.date, value: d.delivered })),
      ),
  },
  {
    definition: { metric: 'spikeDays', label: 'complaints.spikeDays', better: 'down' },
    how: 'complaints.how.spikes',
    metric: (c) =>
      metric(
        'COUNT',
        spikeDays(c.days).length,
        c.days.map((d) => ({ date: d.date, value: d.spike ? 1 : 0 })),
      ),
  },
];

/** The period's complaint rate, complaints, delivered business-initiated messages and spike days. */
export function ComplaintSummary({ result, onRetry }: { result: Result; onRetry: () => void }) {
  return (
    <KpiSummary
      id="complaints-kpi-heading"
      title="complaints.summary"
      data={result.data?.complaintTrends}
      fetching={result.fetching}
      error={result.error}
      onRetry={onRetry}
      figures={FIGURES}
    />
  );
}
