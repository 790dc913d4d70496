import type { ComplianceSummaryQuery } from '@web/generated/graphql';

export type ComplianceSummaryData = ComplianceSummaryQuery;

/** Business-initiated messages and how many had valid consent, over the days of the period. */
export function coverageTotals(rows: ComplianceSummaryData['coverageByDay']): {
  businessInitiated: number;
  covered: number;
  coverage: number | null;
} {
  const businessInitiated = rows.reduce((sum, row) => sum + row.businessInitiated, 0);
  const covered = rows.reduce((sum, row) => sum + row.covered, 0);
  return { businessInitiated, covered, coverage: businessInitiated === 0 ? null : covered / businessInitiated };
}

/** Share of the period's marketing opt-outs after which nothing more was sent; null without opt-outs. */
export function honouredShare(honouring: ComplianceSummaryData['optOutHonouring']): number | null {
  return honouring.optOuts === 0 ? null : honouring.honoured / honouring.optOuts;
}
