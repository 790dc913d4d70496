import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { IN_RANGE } from './message-purpose.fragment';
import { SENT_MESSAGE_COLUMNS, type SentMessageRow } from './sent-message-row';

/** A free-form send outside the customer service window. */
export interface OutsideWindowRow extends SentMessageRow {
  /** The contact's last customer message on the account at or before the send (ms), '' when none. */
  last_inbound_ms: string;
  /** The platform error of the send's first failure, '' when it did not fail. */
  error_code: string;
}

/** The platforms that enforce a 24-hour customer service window. */
export const WINDOW_CHANNELS = ['whatsapp', 'messenger', 'instagram'] as const;

/**
 * OUTSIDE_WINDOW: non-template `message.sent` of the range on a windowed channel more than {windowMs} (strictly)
 * after the contact's last `message.received` on that channel and account, or with none. The last inbound is an
 * ASOF join (the latest at or before the send); reactions and system notices do not open a window.
 */
export function outsideWindowQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    s.event_id AS event_id,
    s.message_id AS message_id,
    s.channel AS channel,
    s.account_id AS account_id,
    s.contact_id AS contact_id,
    s.campaign_id AS campaign_id,
    s.template_name AS template_name,
    s.occurred_at_ms AS occurred_at_ms,
    if(r.matched = 1, toString(toUnixTimestamp64Milli(r.occurred_at)), '') AS last_inbound_ms,
    f.error_code AS error_code
FROM
(
    SELECT ${SENT_MESSAGE_COLUMNS}, occurred_at
    FROM ${db}.events FINAL
    WHERE tenant_id = {tenant:String}
        AND type = 'message.sent'
        AND NOT is_template
        AND channel IN {windowChannels:Array(String)}
        AND ${IN_RANGE}
) AS s
ASOF LEFT JOIN
(
    SELECT channel, account_id, contact_id, occurred_at, toUInt8(1) AS matched
    FROM ${db}.events
    WHERE tenant_id = {tenant:String}
        AND type = 'message.received'
        AND content_type NOT IN ('system', 'reaction')
        AND channel IN {windowChannels:Array(String)}
        AND occurred_at < fromUnixTimestamp64Milli({toMs:Int64}, 'UTC')
) AS r
    ON s.channel = r.channel AND s.account_id = r.account_id AND s.contact_id = r.contact_id
    AND s.occurred_at >= r.occurred_at
LEFT JOIN
(
    SELECT channel, account_id, message_id, argMin(error_code, occurred_at) AS error_code
    FROM ${db}.events
    WHERE tenant_id = {tenant:String}
        AND type = 'message.status'
        AND status = 'failed'
        AND channel IN {windowChannels:Array(String)}
        AND occurred_at >= fromUnixTimestamp64Milli({fromMs:Int64}, 'UTC')
    GROUP BY channel, account_id, message_id
) AS f
    ON f.channel = s.channel AND f.account_id = s.account_id AND f.message_id = s.message_id
WHERE r.matched = 0 OR toUnixTimestamp64Milli(s.occurred_at) - toUnixTimestamp64Milli(r.occurred_at) > {windowMs:Int64}
ORDER BY s.occurred_at, s.event_id`;
}
