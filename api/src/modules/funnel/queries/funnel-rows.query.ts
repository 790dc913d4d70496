import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import {
  ENGAGEMENT_MESSAGES_WHERE,
  FIRST_SEEN,
  TIME_TO_READ,
  TIMED_READ,
} from '../../engagement/queries/engagement-scope.fragment';

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
 * most {limit:UInt32} groups, plus a total row.
 *
 * message_facts_v is read once: the period's messages (the Engagement page's rule: first seen in the period in
 * the tenant's zone, the analytics filter; read implies delivered) together with every other business message up
 * to the follow-up horizon, which the attribution needs as "the next business message". Customer events come
 * from `events` by type and time (the table's key). Both go into one timeline, and window functions attribute:
 * - a reply (message.received, not a reaction or system notice) to the latest business message before it to the
 *   same contact on the same channel and account — counted when it came within {replyMs:UInt64} after it. So a
 *   reply answers the latest message only: after the next business message it no longer counts for this one;
 * - an opt-out (consent.updated opt_out, any purpose) or a complaint (complaint.recorded) to the latest business
 *   message before it to the same contact on the same channel (any account: stops and blocks are per business),
 *   counted when within {windowMs:UInt64} (the attribution window) after it;
 * - a conversion (conversion.recorded of the same contact, any channel) to every message it follows within
 *   {windowMs:UInt64}, both ends included.
 * A message counts at most once for each; repeated events change nothing (only existence and earliest times are
 * used), so `events` needs no FINAL. Business messages are timed by their first sight.
 */
export function funnelRowsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    toUInt8(grouping(group_key)) AS is_total,
    if(is_total = 1, '', group_key) AS key,
    toUInt32(count()) AS sent,
    toUInt32(countIf(effective_delivered_at IS NOT NULL)) AS delivered,
    toUInt32(countIf(effective_read_at IS NOT NULL)) AS read,
    toUInt32(countIf(channel IN {deliveryChannels:Array(String)})) AS sent_measured,
    toUInt32(countIf(channel IN {deliveryChannels:Array(String)} AND effective_delivered_at IS NOT NULL)) AS delivered_measured,
    toUInt32(countIf(channel IN {readChannels:Array(String)})) AS sent_read_channels,
    toUInt32(countIf(channel IN {readChannels:Array(String)} AND effective_delivered_at IS NOT NULL)) AS read_base,
    toUInt32(countIf(channel IN {readChannels:Array(String)} AND effective_read_at IS NOT NULL)) AS read_measured,
    toUInt32(countIf(${TIMED_READ})) AS timed_reads,
    if(timed_reads = 0, NULL, quantileExactInclusiveIf(0.5)(${TIME_TO_READ}, ${TIMED_READ})) AS median_seconds_to_read,
    toUInt32(countIf(reply_at IS NOT NULL)) AS replied,
    if(replied = 0, NULL,
        quantileExactInclusiveIf(0.5)(dateDiff('millisecond', at, assumeNotNull(reply_at)) / 1000, reply_at IS NOT NULL)
    ) AS median_seconds_to_reply,
    toUInt32(countIf(converted)) AS converted,
    toUInt32(countIf(opted_out)) AS opt_outs,
    toUInt32(countIf(complained)) AS complaints,
    toUInt32(countIf(opted_out AND channel IN {deliveryChannels:Array(String)})) AS opt_outs_measured,
    toUInt32(countIf(complained AND channel IN {deliveryChannels:Array(String)})) AS complaints_measured,
    toUInt32(countIf(
        business_initiated AND channel IN {deliveryChannels:Array(String)} AND effective_delivered_at IS NOT NULL
    )) AS delivered_business_initiated,
    sumMapIf([price_key], [toUInt64(1)], billable) AS billable
FROM
(
    -- One row per business message of the period, with what followed it.
    SELECT
        channel,
        anyIf(m_group_key, kind = 'message') AS group_key,
        anyIf(at_, kind = 'message') AS at,
        anyIf(m_sent_at, kind = 'message') AS sent_at,
        anyIf(m_delivered_at, kind = 'message') AS effective_delivered_at,
        anyIf(m_read_at, kind = 'message') AS effective_read_at,
        anyIf(m_business_initiated, kind = 'message') AS business_initiated,
        anyIf(m_price_key, kind = 'message') AS price_key,
        anyIf(m_billable, kind = 'message') AS billable,
        ifNull(anyIf(m_next_conversion_at, kind = 'message') <= at + toIntervalMillisecond({windowMs:UInt64}), false)
            AS converted,
        minIfOrNull(at_, kind = 'reply') AS reply_at,
        countIf(kind = 'opt_out') > 0 AS opted_out,
        countIf(kind = 'complaint') > 0 AS complained
    FROM
    (
        SELECT
            kind,
            at AS at_,
            channel,
            -- The message a row belongs to: its own, or the one an event is attributed to.
            if(kind IN ('message', 'reply'), account_id, tupleElement(channel_message, 1)) AS target_account,
            multiIf(kind = 'message', message_id, kind = 'reply', thread_message_id, tupleElement(channel_message, 2))
                AS target_message,
            in_scope,
            m_group_key,
            m_sent_at,
            m_delivered_at,
            m_read_at,
            m_business_initiated,
            m_price_key,
            m_billable,
            next_conversion_at AS m_next_conversion_at
        FROM
        (
            SELECT
                *,
                -- The latest business message before the event, in the thread (replies) and on the channel.
                argMaxIf(message_id, at, kind = 'message') OVER thread AS thread_message_id,
                maxIfOrNull(at, kind = 'message') OVER thread AS thread_message_at,
                argMaxIf(tuple(account_id, message_id), at, kind = 'message') OVER contact_channel AS channel_message,
                maxIfOrNull(at, kind = 'message') OVER contact_channel AS channel_message_at,
                -- The first conversion of the contact at or after the message.
                minIfOrNull(at, kind = 'conversion') OVER contact_later AS next_conversion_at
            FROM
            (
                SELECT
                    'message' AS kind,
                    channel,
                    account_id,
                    contact_id,
                    message_id,
                    assumeNotNull(${FIRST_SEEN}) AS at,
                    (${ENGAGEMENT_MESSAGES_WHERE}) AS in_scope,
                    if({dimension:String} = 'channel', channel, campaign_id) AS m_group_key,
                    sent_at AS m_sent_at,
                    effective_delivered_at AS m_delivered_at,
                    effective_read_at AS m_read_at,
                    is_template OR sender_kind = 'campaign' OR template_category != ''
                        OR pricing_category IN ('marketing', 'marketing_lite', 'utility', 'authentication')
                        AS m_business_initiated,
                    concat(channel, '|', multiIf(
                        pricing_category != '', lower(pricing_category),
                        is_template AND template_category != '', lower(template_category),
                        'service')) AS m_price_key,
                    -- Charged on delivery (channels without delivery receipts: unless it failed), unless the
                    -- platform said it was free.
                    ifNull(billable, true) AND (effective_delivered_at IS NOT NULL
                        OR (channel NOT IN {deliveryChannels:Array(String)} AND failed_at IS NULL)) AS m_billable
                FROM ${db}.message_facts_v
                WHERE tenant_id = {tenant:String}
                    AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
                    AND ${FIRST_SEEN} >= toDateTime({from:Date}, {tz:String})
                    AND ${FIRST_SEEN} < toDateTime(addDays({to:Date}, 1), {tz:String}) + toIntervalMillisecond({horizonMs:UInt64})

                UNION ALL

                SELECT
                    multiIf(
                        type = 'message.received', 'reply',
                        type = 'consent.updated', 'opt_out',
                        type = 'complaint.recorded', 'complaint',
                        'conversion') AS kind,
                    channel,
                    account_id,
                    contact_id,
                    '' AS message_id,
                    occurred_at AS at,
                    false AS in_scope,
                    '' AS m_group_key,
                    NULL AS m_sent_at,
                    NULL AS m_delivered_at,
                    NULL AS m_read_at,
                    false AS m_business_initiated,
                    '' AS m_price_key,
                    false AS m_billable
                FROM ${db}.events
                WHERE tenant_id = {tenant:String}
                    AND type IN ('message.received', 'consent.updated', 'complaint.recorded', 'conversion.recorded')
                    AND occurred_at >= toDateTime({from:Date}, {tz:String})
                    AND occurred_at <= toDateTime(addDays({to:Date}, 1), {tz:String}) + toIntervalMillisecond({horizonMs:UInt64})
                    AND contact_id != ''
                    AND (type != 'message.received' OR content_type NOT IN ('reaction', 'system'))
                    AND (type != 'consent.updated' OR consent_action = 'opt_out')
                    AND (type = 'conversion.recorded' OR NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
            )
            WINDOW
                -- Events sort before messages of the same millisecond: a reply must come after the message.
                thread AS (PARTITION BY channel, account_id, contact_id ORDER BY at, kind = 'message'
                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
                contact_channel AS (PARTITION BY channel, contact_id ORDER BY at, kind = 'message'
                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
                -- Newest first, conversions before messages of the same millisecond: a conversion at the
                -- message's own moment counts.
                contact_later AS (PARTITION BY contact_id ORDER BY at DESC, kind = 'message'
                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
        )
        WHERE kind = 'message'
            OR (kind = 'reply' AND thread_message_at IS NOT NULL
                AND at <= thread_message_at + toIntervalMillisecond({replyMs:UInt64}))
            OR (kind IN ('opt_out', 'complaint') AND channel_message_at IS NOT NULL
                AND at <= channel_message_at + toIntervalMillisecond({windowMs:UInt64}))
    )
    GROUP BY channel, target_account, target_message
    HAVING countIf(kind = 'message') > 0 AND max(in_scope)
)
GROUP BY GROUPING SETS ((group_key), ())
ORDER BY is_total DESC, sent DESC, key
LIMIT {limit:UInt32} + 1`;
}
