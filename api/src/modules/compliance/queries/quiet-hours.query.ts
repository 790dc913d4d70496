import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { IN_RANGE, MARKETING_PURPOSE } from './message-purpose.fragment';
import { SENT_MESSAGE_COLUMNS, type SentMessageRow } from './sent-message-row';

/** A marketing send inside the contact's local quiet hours. */
export interface QuietHoursRow extends SentMessageRow {
  contact_country: string;
  /** The contact's local wall-clock time of the send, "YYYY-MM-DD HH:MM". */
  local_time: string;
}

/**
 * QUIET_HOURS for the contacts of one time zone {tz}: marketing `message.sent` of the range whose local minute of
 * the day in {tz} is in [{startMinute}, {endMinute}) — or, when the window wraps midnight (start > end), at or after
 * start or before end. A time zone must be a constant in ClickHouse, so the detector runs this once per zone: the
 * contacts of the countries {countries} ({inCountries} = true), or of every other country and the unknown ones
 * ({inCountries} = false, the tenant's zone).
 */
export function quietHoursQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT ${SENT_MESSAGE_COLUMNS}, contact_country, local_time
FROM
(
    SELECT id, message_id, channel, account_id, contact_id, campaign_id, template_name, occurred_at, contact_country,
        toTimeZone(occurred_at, {tz:String}) AS local_at,
        toHour(local_at) * 60 + toMinute(local_at) AS local_minute,
        formatDateTime(local_at, '%Y-%m-%d %H:%i') AS local_time
    FROM ${db}.events FINAL
    WHERE tenant_id = {tenant:String}
        AND type = 'message.sent'
        AND ${MARKETING_PURPOSE}
        AND ${IN_RANGE}
        AND (contact_country IN {countries:Array(String)}) = {inCountries:Bool}
)
WHERE if({startMinute:UInt16} <= {endMinute:UInt16},
        local_minute >= {startMinute:UInt16} AND local_minute < {endMinute:UInt16},
        local_minute >= {startMinute:UInt16} OR local_minute < {endMinute:UInt16})
ORDER BY occurred_at, id`;
}
