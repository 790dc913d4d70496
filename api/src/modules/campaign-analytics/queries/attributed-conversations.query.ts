import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { firstMessagesSelect } from './first-messages.fragment';
import { DRILL_DOWN_FILTER, TOUCH_FILTER, TOUCH_WINDOW_WITH } from './touch-window.fragment';

export interface AttributedConversationRow {
  id: string;
  at_ms: string;
  conversation_id: string;
  channel: string;
  account_id: string;
  contact_id: string;
  source_kind: string;
  campaign_key: string;
  ad_id: string;
  payload: string;
  ref: string;
  context: string;
  utm_source: string;
  utm_medium: string;
  utm_campaign: string;
  codes: string[];
  /** All rows matching the filter and drill-down, before the cursor (64-bit, a string). */
  total: string;
}

/**
 * Conversations started in the period with their source and campaign, newest first by (first message time,
 * message id), after the cursor when {filterAfter} is set, at most {limit} rows.
 */
export function attributedConversationsQuery(database: string, { codeChunks }: { codeChunks: number }): string {
  const db = quoteIdentifier(database);
  return `
WITH ${TOUCH_WINDOW_WITH}
SELECT *
FROM
(
    SELECT
        id,
        toString(toUnixTimestamp64Milli(at)) AS at_ms,
        conversation_id,
        channel,
        account_id,
        contact_id,
        source_kind,
        campaign_key,
        touch_ad_id AS ad_id,
        touch_payload AS payload,
        touch_ref AS ref,
        touch_context AS context,
        utm_source,
        utm_medium,
        utm_campaign,
        arrayDistinct(arrayConcat(touch_codes, known_codes)) AS codes,
        toString(count() OVER ()) AS total
    FROM (${firstMessagesSelect(db, { codeChunks })})
    WHERE at >= period_start AND ${TOUCH_FILTER} AND ${DRILL_DOWN_FILTER}
)
WHERE NOT {filterAfter:Bool} OR (toInt64(at_ms), id) < ({afterMs:Int64}, {afterId:String})
ORDER BY toInt64(at_ms) DESC, id DESC
LIMIT {limit:UInt32}`;
}
