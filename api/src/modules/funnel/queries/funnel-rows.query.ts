import { quoteIdentifier } from '@checkmark/schemas/warehouse';

/** One funnel row per group (is_total = 0) and one for all the messages of the period (is_total = 1). */
export interface FunnelRowsRow {
  is_total: number;
  /** Channel, or campaign id ('' = no campaign); '' on the total row. */
  key: string;
  sent: number;
  delivered: number;
  read: number;
  /** Sent on channels with delivery receipts: the delivery rate's denominator. */
  sent_measured: number;
  delivered_measured: number;
  /** Sent on channels with read receipts: tells "not measurable" from "nothing read". */
  sent_read_channels: number;
  /** Delivered on channels with read receipts: the read rate's denominator. */
  read_base: number;
  read_measured: number;
  timed_reads: number;
  median_seconds_to_read: number | null;
  replied: number;
  median_seconds_to_reply: number | null;
  converted: number;
  opt_outs: number;
  complaints: number;
  /** Opt-outs and complaints after messages on channels that report delivery: the rates' numerators. */
  opt_outs_measured: number;
  complaints_measured: number;
  /** Delivered business-initiated messages on channels that report delivery: the rates' denominator. */
  delivered_business_initiated: number;
  /** Billable messages by "channel|category" (category as reported, lower case): [keys, counts]. */
  billable: [string[], (number | string)[]];
}

/**
 * The funnel of the period's business messages, per channel or campaign ({dimension:String}), busiest first, at
 * most {limit:UInt32} groups, plus a total row: one aggregation over the tenant's period of `message_outcomes`
 * (warehouse migration 0007, rebuilt from message_facts_v and `events`), which holds per message its first sight
 * (the Engagement page's anchor), receipts (read implies delivered) and what followed under the rule the template
 * list shares: the first reply within 7 days (quoting it or before the next business message), a complaint or an
 * opt-out within 7 days, and the contact's first conversion at or after it. The tenant's attribution window
 * ({windowMs:UInt64}) applies here: converted ⇔ that first conversion ≤ first sight + window (both ends included).
 */
export function funnelRowsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    toUInt8(grouping(group_key)) AS is_total,
    if(is_total = 1, '', group_key) AS key,
    toUInt32(count()) AS sent,
    toUInt32(countIf(is_delivered)) AS delivered,
    toUInt32(countIf(is_read)) AS read,
    toUInt32(countIf(delivery_channel)) AS sent_measured,
    toUInt32(countIf(delivery_channel AND is_delivered)) AS delivered_measured,
    toUInt32(countIf(read_channel)) AS sent_read_channels,
    toUInt32(countIf(read_channel AND is_delivered)) AS read_base,
    toUInt32(countIf(read_channel AND is_read)) AS read_measured,
    toUInt32(countIf(timed)) AS timed_reads,
    if(timed_reads = 0, NULL, quantileExactInclusiveIf(0.5)(seconds_to_read, timed)) AS median_seconds_to_read,
    toUInt32(countIf(is_replied)) AS replied,
    if(replied = 0, NULL, quantileExactInclusiveIf(0.5)(seconds_to_reply, is_replied)) AS median_seconds_to_reply,
    toUInt32(countIf(is_converted)) AS converted,
    toUInt32(countIf(is_opted_out)) AS opt_outs,
    toUInt32(countIf(is_complained)) AS complaints,
    toUInt32(countIf(is_opted_out AND delivery_channel)) AS opt_outs_measured,
    toUInt32(countIf(is_complained AND delivery_channel)) AS complaints_measured,
    toUInt32(countIf(business_initiated AND delivery_channel AND is_delivered)) AS delivered_business_initiated,
    sumMapIf([price_key], [toUInt64(1)], is_billable) AS billable
FROM
(
    SELECT
        if({dimension:String} = 'channel', o.channel, o.campaign_id) AS group_key,
        o.channel IN {deliveryChannels:Array(String)} AS delivery_channel,
        o.channel IN {readChannels:Array(String)} AS read_channel,
        o.delivered_at IS NOT NULL AS is_delivered,
        o.read_at IS NOT NULL AS is_read,
        read_channel AND is_read AND o.sent_at IS NOT NULL AS timed,
        -- read − sent, floored at 0 (clock skew): the Engagement page's time to read
        if(timed, greatest(0, dateDiff('millisecond', assumeNotNull(o.sent_at), assumeNotNull(o.read_at))), 0) / 1000
            AS seconds_to_read,
        o.reply_at IS NOT NULL AS is_replied,
        if(is_replied, dateDiff('millisecond', o.anchor, assumeNotNull(o.reply_at)), 0) / 1000 AS seconds_to_reply,
        ifNull(o.conversion_at <= o.anchor + toIntervalMillisecond({windowMs:UInt64}), false) AS is_converted,
        o.opted_out AS is_opted_out,
        o.complained AS is_complained,
        o.is_template OR o.sender_kind = 'campaign' OR o.template_category != ''
            OR o.pricing_category IN ('marketing', 'marketing_lite', 'utility', 'authentication') AS business_initiated,
        concat(o.channel, '|', multiIf(
            o.pricing_category != '', lower(o.pricing_category),
            o.is_template AND o.template_category != '', lower(o.template_category),
            'service')) AS price_key,
        -- Charged on delivery (channels without delivery receipts: unless it failed), unless the platform said it
        -- was free.
        ifNull(o.billable, true) AND (is_delivered OR (NOT delivery_channel AND o.failed_at IS NULL)) AS is_billable
    FROM ${db}.message_outcomes AS o
    WHERE o.tenant_id = {tenant:String}
        AND o.anchor >= toDateTime({from:Date}, {tz:String})
        AND o.anchor < toDateTime(addDays({to:Date}, 1), {tz:String})
        AND (NOT {filterChannels:Bool} OR o.channel IN {channels:Array(String)})
        AND (NOT {filterAccounts:Bool} OR o.account_id IN {accounts:Array(String)})
        AND (NOT {filterAgents:Bool} OR o.agent_id IN {agents:Array(String)})
        AND (NOT {filterCampaigns:Bool} OR o.campaign_id IN {campaigns:Array(String)})
)
GROUP BY GROUPING SETS ((group_key), ())
ORDER BY is_total DESC, sent DESC, key
LIMIT {limit:UInt32} + 1`;
}
