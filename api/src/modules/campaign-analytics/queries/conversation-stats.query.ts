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
 * (consent.updated opt_in) within the window after the touch, both ends included.
 */
export function conversationStatsQuery(database: string, { codeChunks }: { codeChunks: number }): string {
  const db = quoteIdentifier(database);
  return `
WITH ${TOUCH_WINDOW_WITH}
SELECT
    if(grouping(group_key) = 1, '', group_key) AS key,
    if(grouping(group_day) = 1, '', toString(group_day)) AS day,
    -- one row per conversation start (unique in the rollup; the ASOF join adds at most one opt-in to each)
    toUInt32(count()) AS conversations,
    toUInt32(uniqExact(contact_id)) AS unique_contacts,
    toUInt32(uniqExactIf(contact_id, opted_in)) AS new_opt_ins
FROM
(
    SELECT
        f.id AS id,
        f.contact_id AS contact_id,
        f.group_key AS group_key,
        toDate(f.at, {tz:String}) AS group_day,
        o.contact_id != '' AND ${millisBetween('f.at', 'o.at')} <= {windowMs:Int64} AS opted_in
    FROM
    (
        SELECT id, at, contact_id, ${GROUP_KEY} AS group_key
        FROM (${firstMessagesSelect(db, { codeChunks })})
        WHERE at >= period_start AND ${TOUCH_FILTER}
    ) AS f
    ASOF LEFT JOIN
    (
        SELECT contact_id, occurred_at AS at
        FROM ${db}.events
        WHERE tenant_id = {tenant:String}
            AND type = 'consent.updated'
            AND consent_action = 'opt_in'
            AND occurred_at >= period_start
            AND occurred_at < period_end + toIntervalDay({windowDays:UInt16})
            AND contact_id != ''
    ) AS o
    ON f.contact_id = o.contact_id AND f.at <= o.at
)
GROUP BY GROUPING SETS ((group_key), (group_day), ())`;
}
