-- What became of every business message: one row per message with its first sight (the anchor every engagement
-- figure uses: least(sent_at, effective_delivered_at, failed_at)), its dimensions, receipts, cost fields and what
-- the contact did after it, under ONE rule shared by the funnel and the template analytics (docs/metrics.md):
-- - reply_at: the first customer message (not a reaction or system notice) of the same contact on the same channel
--   and account within 7 days after the anchor that quotes the message, or comes before the business's next
--   message to that contact on that channel and account;
-- - complained: a complaint of the contact on the channel (any account: blocks are per business) within 7 days
--   after the anchor, or one naming the message; opted_out: an opt-out (any purpose) within 7 days after it;
-- - conversion_at: the contact's first conversion (any channel) at or after the anchor. Windows are per tenant, so
--   queries apply them: "first conversion <= anchor + window" is "some conversion within the window".
-- Fed only by a refreshable view that recomputes everything from the idempotent facts and `events` (repeats only
-- ever change existence and earliest times, so no FINAL) and swaps the contents atomically, as 0006.
-- Follow-ups are found with ASOF joins (the first event after the anchor per contact), not window functions.
-- Ordered by tenant and anchor: a tenant's period is one contiguous range.
CREATE TABLE IF NOT EXISTS {{DB}}.message_outcomes {{ON_CLUSTER}}
(
    tenant_id LowCardinality(String),
    anchor DateTime64(3, 'UTC'),
    channel LowCardinality(String),
    account_id LowCardinality(String),
    message_id String,
    contact_id String,
    agent_id LowCardinality(String),
    campaign_id LowCardinality(String),
    sender_kind LowCardinality(String),
    is_template Bool,
    template_name LowCardinality(String),
    template_language LowCardinality(String),
    template_category LowCardinality(String),
    sent_at Nullable(DateTime64(3, 'UTC')),
    -- read implies delivered (message_facts_v's effective times)
    delivered_at Nullable(DateTime64(3, 'UTC')),
    read_at Nullable(DateTime64(3, 'UTC')),
    failed_at Nullable(DateTime64(3, 'UTC')),
    -- the first failure's code and title, '' unless failed
    error_code LowCardinality(String),
    error_title LowCardinality(String),
    pricing_category LowCardinality(String),
    billable Nullable(Bool),
    reply_at Nullable(DateTime64(3, 'UTC')),
    complained Bool,
    opted_out Bool,
    conversion_at Nullable(DateTime64(3, 'UTC'))
)
ENGINE = MergeTree
ORDER BY (tenant_id, anchor, channel);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{DB}}.message_outcomes_mv {{ON_CLUSTER}}
REFRESH EVERY 5 MINUTE TO {{DB}}.message_outcomes AS
SELECT
    m.tenant_id AS tenant_id,
    m.anchor AS anchor,
    m.channel AS channel,
    m.account_id AS account_id,
    m.message_id AS message_id,
    m.contact_id AS contact_id,
    m.agent_id AS agent_id,
    m.campaign_id AS campaign_id,
    m.sender_kind AS sender_kind,
    m.is_template AS is_template,
    m.template_name AS template_name,
    m.template_language AS template_language,
    m.template_category AS template_category,
    m.sent_at AS sent_at,
    m.delivered_at AS delivered_at,
    m.read_at AS read_at,
    m.failed_at AS failed_at,
    m.error_code AS error_code,
    m.error_title AS error_title,
    m.pricing_category AS pricing_category,
    m.billable AS billable,
    -- The first reply after the message counts when it came before the next business message (or quotes this
    -- one); otherwise only a later reply quoting it can.
    multiIf(
        r.found AND r.at <= m.anchor + toIntervalSecond(604800)
            AND (m.next_at IS NULL OR r.at < m.next_at OR r.related_message_id = m.message_id), r.at,
        q.found AND q.at <= m.anchor + toIntervalSecond(604800), q.at,
        NULL) AS reply_at,
    (c.found AND c.at <= m.anchor + toIntervalSecond(604800)) OR n.found AS complained,
    o.found AND o.at <= m.anchor + toIntervalSecond(604800) AS opted_out,
    if(v.found, v.at, NULL) AS conversion_at
FROM
(
    SELECT
        *,
        -- The business's next message to the contact in the thread (strictly later).
        fromUnixTimestamp64Milli(nullIf(min(anchor_ms) OVER (PARTITION BY tenant_id, channel, account_id, contact_id
            ORDER BY anchor_ms RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING), 0), 'UTC') AS next_at
    FROM
    (
        SELECT
            tenant_id,
            channel,
            account_id,
            message_id,
            contact_id,
            agent_id,
            campaign_id,
            sender_kind,
            is_template,
            template_name,
            template_language,
            template_category,
            sent_at,
            effective_delivered_at AS delivered_at,
            effective_read_at AS read_at,
            failed_at,
            if(failed_at IS NULL, '', ifNull(error_code, '')) AS error_code,
            if(failed_at IS NULL, '', ifNull(error_title, '')) AS error_title,
            pricing_category,
            billable,
            assumeNotNull(least(sent_at, effective_delivered_at, failed_at)) AS anchor,
            toUnixTimestamp64Milli(anchor) AS anchor_ms
        FROM {{DB}}.message_facts_v
        WHERE least(sent_at, effective_delivered_at, failed_at) IS NOT NULL
    )
) AS m
ASOF LEFT JOIN
(
    SELECT tenant_id, channel, account_id, contact_id, occurred_at AS at, related_message_id, true AS found
    FROM {{DB}}.events
    WHERE type = 'message.received' AND content_type NOT IN ('reaction', 'system') AND contact_id != ''
) AS r ON r.tenant_id = m.tenant_id AND r.channel = m.channel AND r.account_id = m.account_id
    AND r.contact_id = m.contact_id AND r.at > m.anchor
ASOF LEFT JOIN
(
    SELECT tenant_id, channel, account_id, contact_id, related_message_id, occurred_at AS at, true AS found
    FROM {{DB}}.events
    WHERE type = 'message.received' AND content_type NOT IN ('reaction', 'system') AND contact_id != ''
        AND related_message_id != ''
) AS q ON q.tenant_id = m.tenant_id AND q.channel = m.channel AND q.account_id = m.account_id
    AND q.contact_id = m.contact_id AND q.related_message_id = m.message_id AND q.at > m.anchor
ASOF LEFT JOIN
(
    SELECT tenant_id, channel, contact_id, occurred_at AS at, true AS found
    FROM {{DB}}.events
    WHERE type = 'complaint.recorded' AND contact_id != ''
) AS c ON c.tenant_id = m.tenant_id AND c.channel = m.channel AND c.contact_id = m.contact_id AND c.at > m.anchor
LEFT JOIN
(
    SELECT DISTINCT tenant_id, channel, contact_id, related_message_id, true AS found
    FROM {{DB}}.events
    WHERE type = 'complaint.recorded' AND contact_id != '' AND related_message_id != ''
) AS n ON n.tenant_id = m.tenant_id AND n.channel = m.channel AND n.contact_id = m.contact_id
    AND n.related_message_id = m.message_id
ASOF LEFT JOIN
(
    SELECT tenant_id, channel, contact_id, occurred_at AS at, true AS found
    FROM {{DB}}.events
    WHERE type = 'consent.updated' AND consent_action = 'opt_out' AND contact_id != ''
) AS o ON o.tenant_id = m.tenant_id AND o.channel = m.channel AND o.contact_id = m.contact_id AND o.at > m.anchor
ASOF LEFT JOIN
(
    SELECT tenant_id, contact_id, occurred_at AS at, true AS found
    FROM {{DB}}.events
    WHERE type = 'conversion.recorded' AND contact_id != ''
) AS v ON v.tenant_id = m.tenant_id AND v.contact_id = m.contact_id AND v.at >= m.anchor;

-- The engagement rollup (0006) now reads the outcomes instead of recomputing message_facts_v and the template
-- follow-ups itself: same columns and figures (follow-ups counted for template messages only, as before), one
-- aggregation of the outcomes per rebuild. It rebuilds after the outcomes (DEPENDS ON; refreshRollups asks in
-- ROLLUP_VIEWS order). Dropped and created again because a view's query cannot be altered in place.
DROP VIEW IF EXISTS {{DB}}.message_engagement_mv {{ON_CLUSTER}};

CREATE MATERIALIZED VIEW IF NOT EXISTS {{DB}}.message_engagement_mv {{ON_CLUSTER}}
REFRESH EVERY 5 MINUTE DEPENDS ON {{DB}}.message_outcomes_mv TO {{DB}}.message_engagement AS
SELECT
    o.tenant_id AS tenant_id,
    toDateTime(toStartOfFifteenMinutes(o.anchor), 'UTC') AS bucket,
    o.channel AS channel,
    o.account_id AS account_id,
    o.agent_id AS agent_id,
    o.campaign_id AS campaign_id,
    o.is_template AS is_template,
    o.template_name AS template_name,
    o.template_language AS template_language,
    o.template_category AS template_category,
    o.error_code AS error_code,
    o.error_title AS error_title,
    toUInt32(count()) AS sent,
    toUInt32(countIf(o.delivered_at IS NOT NULL)) AS delivered,
    toUInt32(countIf(o.read_at IS NOT NULL)) AS read,
    toUInt32(countIf(o.failed_at IS NOT NULL)) AS failed,
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
    toUInt32(countIf(followed AND o.reply_at IS NOT NULL)) AS replied,
    toUInt32(countIf(followed AND o.complained)) AS complained,
    toUInt32(countIf(followed AND o.opted_out)) AS opted_out,
    max(tuple(o.anchor, o.message_id)) AS last_sent
FROM
(
    SELECT
        *,
        read_at IS NOT NULL AND sent_at IS NOT NULL AS timed,
        if(timed, greatest(0, dateDiff('millisecond', assumeNotNull(sent_at), assumeNotNull(read_at))), 0) AS ttr_ms,
        arrayCount(edge -> ttr_ms / 1000 >= edge, [60, 300, 1800, 7200, 86400]) AS ttr_bucket,
        -- the template list's follow-ups: template messages only
        is_template AND template_name != '' AS followed
    FROM {{DB}}.message_outcomes
) AS o
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
