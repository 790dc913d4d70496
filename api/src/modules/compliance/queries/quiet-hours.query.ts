import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { IN_RANGE, MARKETING_PURPOSE } from './message-purpose.fragment';
import { SENT_MESSAGE_COLUMNS, type SentMessageRow } from './sent-message-row';

/** A marketing send inside the contact's local quiet hours. */
export interface QuietHoursRow extends SentMessageRow {
  contact_country: string;
  /** Index of the zone used: 0..zoneCount-1 = {zone<i>}, zoneCount = the tenant's zone {tenantZone}. */
  zone_index: number;
  /** The contact's local wall-clock time of the send, "YYYY-MM-DD HH:MM". */
  local_time: string;
}

/**
 * QUIET_HOURS: marketing `message.sent` of the range whose local minute of the day is in [{startMinute},
 * {endMinute}) — or, when the window wraps midnight (start > end), at or after start or before end. The contact's
 * zone is {zone<i>} when its country is in {countries<i>}, else {tenantZone}. ClickHouse needs a constant zone per
 * conversion, so there is one branch per zone of the range's countries (`zoneCount` of them, parameters named by
 * position; the values are always parameters).
 */
export function quietHoursQuery(database: string, zoneCount: number): string {
  const db = quoteIdentifier(database);
  const zones = Array.from({ length: zoneCount }, (_, i) => i);
  const branches = (value: (i: number, zone: string) => string, otherwise: string) =>
    zoneCount === 0
      ? otherwise
      : `multiIf(${zones.map((i) => `contact_country IN {countries${i}:Array(String)}, ${value(i, `{zone${i}:String}`)}`).join(', ')}, ${otherwise})`;
  const pick = (expression: (zone: string) => string) =>
    branches((_, zone) => expression(zone), expression('{tenantZone:String}'));
  return `
SELECT ${SENT_MESSAGE_COLUMNS}, contact_country, zone_index, local_time
FROM
(
    SELECT id, message_id, channel, account_id, contact_id, campaign_id, template_name, occurred_at, contact_country,
        toUInt16(${pick((zone) => `toHour(occurred_at, ${zone}) * 60 + toMinute(occurred_at, ${zone})`)}) AS local_minute,
        ${pick((zone) => `formatDateTime(occurred_at, '%Y-%m-%d %H:%i', ${zone})`)} AS local_time,
        toUInt32(${branches((i) => String(i), String(zoneCount))}) AS zone_index
    FROM ${db}.events FINAL
    WHERE tenant_id = {tenant:String}
        AND type = 'message.sent'
        AND ${MARKETING_PURPOSE}
        AND ${IN_RANGE}
)
WHERE if({startMinute:UInt16} <= {endMinute:UInt16},
        local_minute >= {startMinute:UInt16} AND local_minute < {endMinute:UInt16},
        local_minute >= {startMinute:UInt16} OR local_minute < {endMinute:UInt16})
ORDER BY occurred_at, id`;
}
