import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { complaintsInScopeWhere } from '../../overview/queries/complaints-in-scope.fragment';

export interface ComplaintCompositionRow {
  kind: string;
  reason: string;
  complaints: number;
}

/**
 * The period's complaints by kind and reason, selected exactly as the Overview's complaint count
 * (overview/queries/complaints.query.ts): tenant time zone, channels that report delivery, each event id once,
 * campaign and agent filters through the message complained about. The service sums kinds and ranks reasons.
 */
export function complaintCompositionQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT kind, reason, toUInt32(count()) AS complaints
FROM
(
    SELECT id, any(complaint_kind) AS kind, any(reason) AS reason
    FROM ${db}.events
${complaintsInScopeWhere(db)}
    GROUP BY id
)
GROUP BY kind, reason
ORDER BY kind, reason`;
}
