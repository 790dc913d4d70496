import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { MARKETING_PURPOSE } from './message-purpose.fragment';
import type { SentMessageRow } from './sent-message-row';

/** A marketing send beyond the cap. */
export interface FrequencyCapRow extends SentMessageRow {
  /** Its place among the contact's marketing messages on the channel in (t − window, t], in (time, id) order. */
  position: number;
}

/**
 * FREQUENCY_CAP: marketing `message.sent` of the range that are the ({cap}+1)-th or later marketing message to the
 * contact on the channel within the rolling window (t − {windowMs}, t]. Messages up to one window before the range
 * count towards the first ones in it. A RANGE frame over integer milliseconds of {windowMs} − 1 preceding is exactly
 * (t − window, t]; it includes every send of the same millisecond, so the position is that count minus those
 * same-millisecond sends plus the rank among them by event id.
 */
export function frequencyCapQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT event_id, message_id, channel, account_id, contact_id, campaign_id, template_name,
    toString(ms) AS occurred_at_ms,
    toUInt32(in_window - same_ms + rank_in_ms) AS position
FROM
(
    SELECT
        id AS event_id, message_id, channel, account_id, contact_id, campaign_id, template_name,
        toUnixTimestamp64Milli(occurred_at) AS ms,
        count() OVER (
            PARTITION BY channel, contact_id ORDER BY ms
            RANGE BETWEEN {windowMsMinusOne:Int64} PRECEDING AND CURRENT ROW
        ) AS in_window,
        count() OVER (PARTITION BY channel, contact_id, ms) AS same_ms,
        row_number() OVER (PARTITION BY channel, contact_id, ms ORDER BY event_id) AS rank_in_ms
    FROM ${db}.events FINAL
    WHERE tenant_id = {tenant:String}
        AND type = 'message.sent'
        AND ${MARKETING_PURPOSE}
        AND occurred_at >= fromUnixTimestamp64Milli({fromMs:Int64} - {windowMs:Int64}, 'UTC')
        AND occurred_at < fromUnixTimestamp64Milli({toMs:Int64}, 'UTC')
)
WHERE ms >= {fromMs:Int64} AND in_window - same_ms + rank_in_ms > {cap:UInt32}
ORDER BY ms, event_id`;
}
