import type { UseQueryState } from 'urql';
import { KpiSummary, periodMetric as metric, type SummaryFigure } from '@web/components/ui/kpi-summary';
import type { ComplianceSummaryQuery, ComplianceSummaryQueryVariables } from '@web/generated/graphql';
import { coverageTotals, honouredShare } from '../compliance-summary-figures';

type Result = UseQueryState<ComplianceSummaryQuery, ComplianceSummaryQueryVariables>;

const FIGURES: readonly SummaryFigure<ComplianceSummaryQuery>[] = [
  {
    definition: { metric: 'consentCoverage', label: 'compliance.kpi.coverage', better: 'up' },
    how: 'compliance.how.coverage',
    metric: (d) => {
      const totals = coverageTotals(d.coverageByDay);
      return metric(
        'RATIO',
        totals.coverage,
        d.coverageByDay.map((row) => ({ date: row.key, value: row.coverage })),
        { sampleSize: totals.businessInitiated },
      );
    },
  },
  {
    definition: { metric: 'openViolations', label: 'compliance.kpi.open', better: 'down' },
    how: 'compliance.how.open',
    metric: (d) => metric('COUNT', d.openViolations.totalCount, []),
  },
  {
    definition: { metric: 'allViolations', label: 'compliance.kpi.total', better: 'down' },
    how: 'compliance.how.total',
    metric: (d) => metric('COUNT', d.allViolations.totalCount, []),
  },
  {
    definition: { metric: 'severeOpenViolations', label: 'compliance.kpi.severeOpen', better: 'down' },
    how: 'compliance.how.severeOpen',
    metric: (d) => metric('COUNT', d.severeOpenViolations.totalCount, []),
  },
  {
    definition: { metric: 'optOutsHonoured', label: 'compliance.kpi.honoured', better: 'up' },
    how: 'compliance.how.honoured',
    metric: (d) => metric('RATIO', honouredShare(d.optOutHonouring), [], { sampleSize: d.optOutHonouring.optOuts }),
  },
  {
    definition: { metric: 'optOutDelay', label: 'compliance.kpi.delay', better: 'down' },
    how: 'compliance.how.delay',
    metric: (d) =>
      metric('SECONDS', d.optOutHonouring.medianDelaySeconds, [], { sampleSize: d.optOutHonouring.violated }),
  },
  {
    definition: { metric: 'enforcementEvents', label: 'compliance.kpi.enforcement', better: 'down' },
    how: 'compliance.how.enforcement',
    metric: (d) => metric('COUNT', d.enforcementEvents.totalCount, []),
  },
];

/**
 * The period's consent coverage of business-initiated messages, open and total violations, open high and critical
 * ones, opt-outs honoured with the median delay until sending stopped, and platform enforcement events.
 */
export function ComplianceSummary({ result, onRetry }: { result: Result; onRetry: () => void }) {
  return (
    <KpiSummary
      id="compliance-kpi-heading"
      title="compliance.summary"
      data={result.data}
      fetching={result.fetching}
      error={result.error}
      onRetry={onRetry}
      figures={FIGURES}
    />
  );
}
