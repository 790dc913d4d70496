import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { COMPLAINT_ROLLUP_WHERE } from './complaint-rollup.fragment';

/** One row per tenant-local day with complaints or deliveries. */
export interface ComplaintsRow {
  day: string;
  /** Complaints (each event id once) on channels that report delivery. */
  complaints: number;
  /** Delivered business-initiated messages on channels that report delivery: the complaint rate's denominator. */
  delivered: number;
}

/**
 * The complaint rate's numerator and denominator by day in the tenant's time zone, both from the complaint rollup
 * (one rebuild, so one freshness): complaints (blocks, spam reports, marketing stops, negative feedback,
 * unsubscribe requests) by the day they occurred, and delivered business-initiated messages (templates, campaign
 * sends, template-priced messages) by the day they were first seen. A campaign filter selects complaints naming
 * the campaign or about one of its messages; an agent filter, complaints about a message those agents sent.
 */
export function complaintsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    toString(toDate(r.bucket, {tz:String})) AS day,
    toUInt32(sum(r.complaints)) AS complaints,
    toUInt32(sum(r.delivered)) AS delivered
FROM ${db}.complaint_rollup AS r
WHERE ${COMPLAINT_ROLLUP_WHERE}
GROUP BY day
ORDER BY day`;
}
