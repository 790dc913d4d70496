import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { DRILL_DOWN_WHERE } from './engagement-drill-down.fragment';
import { ENGAGEMENT_MESSAGES_WHERE, FIRST_SEEN, TIME_TO_READ, TIMED_READ } from './engagement-scope.fragment';

/** Times are epoch milliseconds as strings (64-bit integers), null when not reported. */
export interface EngagementMessageRow {
  first_seen_ms: string;
  channel: string;
  account_id: string;
  message_id: string;
  contact_id: string;
  template_name: string;
  campaign_id: string;
  sent_ms: string | null;
  delivered_ms: string | null;
  read_ms: string | null;
  failed_ms: string | null;
  /** '' unless the message failed. */
  error_code: string;
  /** Only for timed reads on channels with read receipts. */
  time_to_read_seconds: number | null;
}

/** The drill-down's messages after the cursor (when {filterAfter} is set). */
const SELECTED = `${ENGAGEMENT_MESSAGES_WHERE}
    AND ${DRILL_DOWN_WHERE}
    AND (NOT {filterAfter:Bool}
        OR (${FIRST_SEEN} <= fromUnixTimestamp64Milli({afterMs:Int64}, 'UTC')
            AND (toUnixTimestamp64Milli(${FIRST_SEEN}), channel, account_id, message_id)
                < ({afterMs:Int64}, {afterChannel:String}, {afterAccount:String}, {afterMessage:String})))`;

/**
 * The messages behind a chart element, newest first by (first seen, channel, account, message id), after the
 * cursor when {filterAfter} is set, at most {limit} rows, from the per-message rollup. The subquery finds the
 * oldest first sight among the newest {limit} selected messages by reading the tenant's period backwards in the
 * table's own order (tenant, anchor), which stops early; every row of the page is at or after it, so the page
 * reads just that tail. Sorting by the full key directly (or LIMIT … WITH TIES) makes the engine read far more.
 */
export function engagementMessagesQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    toString(toUnixTimestamp64Milli(${FIRST_SEEN})) AS first_seen_ms,
    channel,
    account_id,
    message_id,
    contact_id,
    template_name,
    campaign_id,
    toString(toUnixTimestamp64Milli(sent_at)) AS sent_ms,
    toString(toUnixTimestamp64Milli(delivered_at)) AS delivered_ms,
    toString(toUnixTimestamp64Milli(read_at)) AS read_ms,
    toString(toUnixTimestamp64Milli(failed_at)) AS failed_ms,
    error_code,
    if(${TIMED_READ}, ${TIME_TO_READ}, NULL) AS time_to_read_seconds
FROM ${db}.message_outcomes
WHERE ${SELECTED}
    AND ${FIRST_SEEN} >= (
        SELECT min(newest.anchor)
        FROM
        (
            SELECT ${FIRST_SEEN} AS anchor
            FROM ${db}.message_outcomes
            WHERE ${SELECTED}
            ORDER BY ${FIRST_SEEN} DESC
            LIMIT {limit:UInt32}
        ) AS newest)
ORDER BY ${FIRST_SEEN} DESC, channel DESC, account_id DESC, message_id DESC
LIMIT {limit:UInt32}`;
}
