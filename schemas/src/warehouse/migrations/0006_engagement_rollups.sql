-- Engagement and template figures rolled up per UTC 15-minute bucket of the message's first sight
-- (least(sent_at, effective_delivered_at, failed_at), the rule every engagement and template figure uses) and
-- every dimension those pages filter or group by. docs/design/analytics-rollups.md (candidate d).
-- 15-minute UTC buckets are whole buckets of every zone's local days and hours (+05:30, +05:45, DST changes), so
-- queries convert buckets to the tenant's zone and need no rebuild when it changes.
-- Fed only by a refreshable view that recomputes everything from the idempotent message facts and swaps the
-- table's contents atomically: replays, out-of-order statuses and late receipts are right after the next
-- refresh, and readers never see a half-built table. Freshness: system.view_refreshes.last_success_time.
-- Not Replicated on a cluster on purpose: every replica refreshes its own copy from its replicated facts.
CREATE TABLE IF NOT EXISTS {{DB}}.message_engagement {{ON_CLUSTER}}
(
    tenant_id LowCardinality(String),
    bucket DateTime('UTC'),
    channel LowCardinality(String),
    account_id LowCardinality(String),
    agent_id LowCardinality(String),
    campaign_id LowCardinality(String),
    is_template Bool,
    template_name LowCardinality(String),
    template_language LowCardinality(String),
    template_category LowCardinality(String),
    -- the first failure's code and title, '' unless failed
    error_code LowCardinality(String),
    error_title LowCardinality(String),
    sent UInt32,
    delivered UInt32,
    read UInt32,
    failed UInt32,
    -- reads with a send time, on any channel (queries keep the channels with read receipts)
    timed_reads UInt32,
    -- sum of time to read (read - sent, floored at 0) in whole milliseconds, so the mean is exact
    ttr_ms_sum UInt64,
    -- timed reads per DOMAIN.md section 3 bucket, edges 60, 300, 1800, 7200, 86400 s (api read-time-buckets.ts)
    ttr_histogram Array(UInt32),
    -- every time to read in seconds, so median, p90 and p99 are exact after merging buckets
    ttr_values AggregateFunction(quantilesExactInclusiveIf(0.5, 0.9, 0.99), Float64, UInt8),
    -- template messages followed within 7 days by a reply / complaint / opt-out (templates module's rules)
    replied UInt32,
    complained UInt32,
    opted_out UInt32,
    -- (first seen, message id) of the row's latest message: the template list's category of the latest send
    last_sent Tuple(DateTime64(3, 'UTC'), String)
)
ENGINE = MergeTree
ORDER BY (tenant_id, bucket, channel, account_id, campaign_id, template_name);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{DB}}.message_engagement_mv {{ON_CLUSTER}}
REFRESH EVERY 5 MINUTE TO {{DB}}.message_engagement AS
WITH
    messages AS
    (
        SELECT
            tenant_id,
            channel,
            account_id,
            message_id,
            contact_id,
            agent_id,
            campaign_id,
            is_template,
            template_name,
            template_language,
            template_category,
            if(failed_at IS NULL, '', ifNull(error_code, '')) AS failure_code,
            if(failed_at IS NULL, '', ifNull(error_title, '')) AS failure_title,
            sent_at,
            effective_delivered_at,
            effective_read_at,
            failed_at,
            least(sent_at, effective_delivered_at, failed_at) AS first_seen_at
        FROM {{DB}}.message_facts_v
        WHERE first_seen_at IS NOT NULL
    ),
    -- Template sends with the first later business message to the same contact on the same channel and account.
    sends AS
    (
        SELECT
            s.tenant_id AS tenant_id,
            s.channel AS channel,
            s.account_id AS account_id,
            s.message_id AS message_id,
            any(s.contact_id) AS contact_id,
            any(s.first_seen_at) AS first_seen_at,
            minIf(b.at, b.at > s.first_seen_at) AS next_at
        FROM
        (
            SELECT tenant_id, channel, account_id, message_id, contact_id,
                assumeNotNull(least(sent_at, effective_delivered_at, failed_at)) AS first_seen_at
            FROM {{DB}}.message_facts_v
            WHERE is_template AND template_name != '' AND least(sent_at, effective_delivered_at, failed_at) IS NOT NULL
        ) AS s
        LEFT JOIN
        (
            SELECT tenant_id, channel, account_id, contact_id, least(sent_at, effective_delivered_at, failed_at) AS at
            FROM {{DB}}.message_facts_v
        ) AS b ON b.tenant_id = s.tenant_id AND b.channel = s.channel AND b.account_id = s.account_id
            AND b.contact_id = s.contact_id
        GROUP BY s.tenant_id, s.channel, s.account_id, s.message_id
    ),
    -- What happened after each send within 7 days: a reply (a customer message, not a reaction or system notice,
    -- on the same account that quotes the send or comes before the next business message), a complaint (or one
    -- naming the send), an opt-out. Complaints and opt-outs count on any account of the channel.
    follow_ups AS
    (
        SELECT
            s.tenant_id AS tenant_id,
            s.channel AS channel,
            s.account_id AS account_id,
            s.message_id AS message_id,
            max(
                e.kind = 'reply' AND e.account_id = s.account_id
                AND e.occurred_at > s.first_seen_at AND e.occurred_at <= s.first_seen_at + toIntervalSecond(604800)
                AND (e.related_message_id = s.message_id OR s.next_at IS NULL OR e.occurred_at < s.next_at)
            ) AS replied,
            max(
                e.kind = 'complaint'
                AND (e.related_message_id = s.message_id
                    OR (e.occurred_at > s.first_seen_at AND e.occurred_at <= s.first_seen_at + toIntervalSecond(604800)))
            ) AS complained,
            max(
                e.kind = 'opt_out'
                AND e.occurred_at > s.first_seen_at AND e.occurred_at <= s.first_seen_at + toIntervalSecond(604800)
            ) AS opted_out
        FROM sends AS s
        INNER JOIN
        (
            SELECT
                tenant_id,
                channel,
                account_id,
                contact_id,
                multiIf(type = 'message.received', 'reply', type = 'complaint.recorded', 'complaint', 'opt_out') AS kind,
                occurred_at,
                related_message_id
            FROM {{DB}}.events
            WHERE (type = 'message.received' AND content_type NOT IN ('reaction', 'system'))
                OR type = 'complaint.recorded'
                OR (type = 'consent.updated' AND consent_action = 'opt_out')
        ) AS e ON e.tenant_id = s.tenant_id AND e.channel = s.channel AND e.contact_id = s.contact_id
        GROUP BY s.tenant_id, s.channel, s.account_id, s.message_id
    )
SELECT
    m.tenant_id AS tenant_id,
    toDateTime(toStartOfFifteenMinutes(m.first_seen_at), 'UTC') AS bucket,
    m.channel AS channel,
    m.account_id AS account_id,
    m.agent_id AS agent_id,
    m.campaign_id AS campaign_id,
    m.is_template AS is_template,
    m.template_name AS template_name,
    m.template_language AS template_language,
    m.template_category AS template_category,
    m.failure_code AS error_code,
    m.failure_title AS error_title,
    toUInt32(count()) AS sent,
    toUInt32(countIf(m.effective_delivered_at IS NOT NULL)) AS delivered,
    toUInt32(countIf(m.effective_read_at IS NOT NULL)) AS read,
    toUInt32(countIf(m.failed_at IS NOT NULL)) AS failed,
    toUInt32(countIf(timed)) AS timed_reads,
    toUInt64(sumIf(ttr_ms, timed)) AS ttr_ms_sum,
    [
        toUInt32(countIf(timed AND ttr_bucket = 0)),
        toUInt32(countIf(timed AND ttr_bucket = 1)),
        toUInt32(countIf(timed AND ttr_bucket = 2)),
        toUInt32(countIf(timed AND ttr_bucket = 3)),
        toUInt32(countIf(timed AND ttr_bucket = 4)),
        toUInt32(countIf(timed AND ttr_bucket = 5))
    ] AS ttr_histogram,
    quantilesExactInclusiveIfState(0.5, 0.9, 0.99)(toFloat64(ttr_ms / 1000), toUInt8(timed)) AS ttr_values,
    toUInt32(countIf(f.replied = 1)) AS replied,
    toUInt32(countIf(f.complained = 1)) AS complained,
    toUInt32(countIf(f.opted_out = 1)) AS opted_out,
    max(tuple(assumeNotNull(m.first_seen_at), m.message_id)) AS last_sent
FROM
(
    SELECT
        *,
        effective_read_at IS NOT NULL AND sent_at IS NOT NULL AS timed,
        if(timed, greatest(0, dateDiff('millisecond', assumeNotNull(sent_at), assumeNotNull(effective_read_at))), 0) AS ttr_ms,
        arrayCount(edge -> ttr_ms / 1000 >= edge, [60, 300, 1800, 7200, 86400]) AS ttr_bucket
    FROM messages
) AS m
LEFT JOIN follow_ups AS f ON f.tenant_id = m.tenant_id AND f.channel = m.channel AND f.account_id = m.account_id
    AND f.message_id = m.message_id
GROUP BY
    tenant_id,
    bucket,
    channel,
    account_id,
    agent_id,
    campaign_id,
    is_template,
    template_name,
    template_language,
    template_category,
    error_code,
    error_title;
