import { quoteIdentifier } from '@checkmark/schemas/warehouse';

/** One row per (day, channel), per day (channel ''), and for the whole period (day ''). */
export interface BusinessMessagesRow {
  day: string;
  channel: string;
  sent: number;
  delivered: number;
  read: number;
  /** Sent on channels that report delivery: the delivery rate's denominator. */
  sent_measured: number;
  delivered_measured: number;
  /** Delivered on channels that report reading: the read rate's denominator. */
  read_base: number;
  read_measured: number;
  /** Reads with a known send time, behind the median time to read. */
  timed_reads: number;
  median_time_to_read_seconds: number | null;
}

/**
 * Business messages by the day they were first seen (sent, or delivered/read/failed when the send itself was
 * not reported), in the tenant's time zone. Reads message_facts_v, whose effective_* columns make read imply
 * delivered, so duplicate, replayed and out-of-order statuses change nothing. The complaint rate's denominator
 * (delivered business-initiated messages) comes from the complaint rollup with its numerator (complaints.query.ts).
 */
export function businessMessagesQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    if(grouping(send_day) = 1, '', toString(send_day)) AS day,
    if(grouping(message_channel) = 1, '', message_channel) AS channel,
    toUInt32(count()) AS sent,
    toUInt32(countIf(effective_delivered_at IS NOT NULL)) AS delivered,
    toUInt32(countIf(effective_read_at IS NOT NULL)) AS read,
    toUInt32(countIf(message_channel IN {deliveryChannels:Array(String)})) AS sent_measured,
    toUInt32(countIf(message_channel IN {deliveryChannels:Array(String)} AND effective_delivered_at IS NOT NULL)) AS delivered_measured,
    toUInt32(countIf(message_channel IN {readChannels:Array(String)} AND effective_delivered_at IS NOT NULL)) AS read_base,
    toUInt32(countIf(message_channel IN {readChannels:Array(String)} AND effective_read_at IS NOT NULL)) AS read_measured,
    toUInt32(countIf(message_channel IN {readChannels:Array(String)} AND effective_read_at IS NOT NULL AND sent_at IS NOT NULL)) AS timed_reads,
    quantileExactInclusiveIf(0.5)(
        greatest(0, dateDiff('millisecond', sent_at, effective_read_at)) / 1000,
        message_channel IN {readChannels:Array(String)} AND effective_read_at IS NOT NULL AND sent_at IS NOT NULL
    ) AS median_time_to_read_seconds
FROM
(
    SELECT
        channel AS message_channel,
        sent_at,
        effective_delivered_at,
        effective_read_at,
        toDate(least(sent_at, effective_delivered_at, failed_at), {tz:String}) AS send_day
    FROM ${db}.message_facts_v
    WHERE tenant_id = {tenant:String}
        AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
        AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
        AND (NOT {filterAgents:Bool} OR agent_id IN {agents:Array(String)})
        AND (NOT {filterCampaigns:Bool} OR campaign_id IN {campaigns:Array(String)})
        AND least(sent_at, effective_delivered_at, failed_at) >= toDateTime({from:Date}, {tz:String})
        AND least(sent_at, effective_delivered_at, failed_at) < toDateTime(addDays({to:Date}, 1), {tz:String})
)
GROUP BY GROUPING SETS ((send_day, message_channel), (send_day), ())
ORDER BY day, channel`;
}
