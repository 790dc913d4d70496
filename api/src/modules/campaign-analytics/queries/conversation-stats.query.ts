import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { firstMessagesSelect } from './first-messages.fragment';
import { GROUP_KEY, millisBetween, TOUCH_FILTER, TOUCH_WINDOW_WITH } from './touch-window.fragment';

/** Per group (day ''), per day (key '') and in total (both ''). */
export interface ConversationStatsRow {
  key: string;
  day: string;
  conversations: number;
  unique_contacts: number;
  new_opt_ins: number;
}

/**
 * Conversations started in the period (their first customer message is in it), by the group of their source
 * ({dimension}), by touch day and in total: conversations, unique contacts, and contacts who opted in
 * (consent.updated opt_in) within the window after the touch, both ends included — the contact's first opt-in at
 * or after the touch (`next_opt_in_at`, migration 0011) is then within the window. Contacts are counted by their
 * dense number (`contact_no`, one per contact and tenant), exact like their ids and cheaper.
 */
export function conversationStatsQuery(database: string, { codeChunks }: { codeChunks: number }): string {
  const db = quoteIdentifier(database);
  return `
WITH ${TOUCH_WINDOW_WITH}
SELECT
    if(grouping(group_key) = 1, '', group_key) AS key,
    if(grouping(group_day) = 1, '', toString(group_day)) AS day,
    -- one row per conversation start (unique in the rollup)
    toUInt32(count()) AS conversations,
    toUInt32(uniqExact(contact_no)) AS unique_contacts,
    toUInt32(uniqExactIf(contact_no, opted_in)) AS new_opt_ins
FROM
(
    SELECT
        contact_no,
        ${GROUP_KEY} AS group_key,
        toDate(at, {tz:String}) AS group_day,
        next_opt_in_at IS NOT NULL AND ${millisBetween('at', 'assumeNotNull(next_opt_in_at)')} <= {windowMs:Int64} AS opted_in
    FROM (${firstMessagesSelect(db, { codeChunks })})
    WHERE at >= period_start AND ${TOUCH_FILTER}
)
GROUP BY GROUPING SETS ((group_key), (group_day), ())`;
}
