import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { COMPLAINT_ROLLUP_WHERE } from '../../overview/queries/complaint-rollup.fragment';

export interface ComplaintCompositionRow {
  kind: string;
  reason: string;
  complaints: number;
}

/**
 * The period's complaints by kind and reason from the complaint rollup, selected exactly as the daily complaint
 * count (overview/queries/complaints.query.ts, the same rollup rebuild): tenant time zone, channels that report
 * delivery, each event id once, campaign and agent filters through the message complained about. The service sums
 * kinds and ranks reasons.
 */
export function complaintCompositionQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT toString(r.kind) AS kind, r.reason AS reason, toUInt32(sum(r.complaints)) AS complaints
FROM ${db}.complaint_rollup AS r
WHERE ${COMPLAINT_ROLLUP_WHERE}
    AND r.kind != ''
GROUP BY kind, reason
ORDER BY kind, reason`;
}
