-- The complaint rate's numerator and denominator per UTC 15-minute bucket (docs/health-metrics.md "Complaint
-- trends"): delivered business-initiated messages and complaints, both written by ONE refreshable view from the
-- facts and `events` as they are at its rebuild, so a day's rate never divides complaints of one moment by
-- deliveries of another (a fresher numerator would raise false spike alerts on the latest day), and the complaint
-- list behind a figure (complaintEvents) reads the same rows, so it always has exactly the counted complaints.
-- 15-minute UTC buckets are whole buckets of every zone's local days (+05:30, +05:45, DST), as 0006.
--
-- Two kinds of rows (kind = '' or not):
-- - deliveries (kind ''), summed per bucket and dimensions: messages of message_facts_v by the bucket of their
--   first sight (least(sent_at, effective_delivered_at, failed_at)) that were delivered (effective_delivered_at)
--   and are business-initiated exactly as the Overview's rule: templates, campaign sends, messages with a template
--   category or priced as marketing, marketing_lite, utility or authentication; agent_ids = [agent],
--   campaign_ids = [campaign]; the complaint columns are empty;
-- - complaints (kind = the complaint kind): one row per complaint.recorded event id (complaints = 1), by the bucket
--   of occurred_at, with what the complaint list shows; agent_ids = the agents of the messages it names
--   (related_message_id), campaign_ids = its own campaign and those of the messages it names. So "an agent filter
--   keeps complaints about a message those agents sent, a campaign filter complaints naming the campaign or about
--   one of its messages" (overview/queries/complaints-in-scope.fragment.ts) is hasAny on the arrays.
-- Every channel is kept; queries keep the channels that report delivery. Not Replicated on a cluster, as 0006.
CREATE TABLE IF NOT EXISTS {{DB}}.complaint_rollup {{ON_CLUSTER}}
(
    tenant_id LowCardinality(String),
    bucket DateTime('UTC'),
    channel LowCardinality(String),
    account_id LowCardinality(String),
    agent_ids Array(LowCardinality(String)),
    campaign_ids Array(LowCardinality(String)),
    -- '' on delivery rows; block, report_spam, marketing_stop, unsubscribe, negative_feedback… on complaint rows
    kind LowCardinality(String),
    reason String,
    -- complaint rows only ('' / NULL on delivery rows): the event id and time, the contact, the message it names,
    -- and the template and campaign the complaint itself names
    complaint_id String,
    complained_at Nullable(DateTime64(3, 'UTC')),
    contact_id String,
    message_id String,
    template_name LowCardinality(String),
    complaint_campaign_id LowCardinality(String),
    delivered UInt32,
    complaints UInt32
)
ENGINE = MergeTree
ORDER BY (tenant_id, bucket, channel, account_id, kind);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{DB}}.complaint_rollup_mv {{ON_CLUSTER}}
REFRESH EVERY 5 MINUTE TO {{DB}}.complaint_rollup AS
SELECT
    tenant_id,
    bucket,
    channel,
    account_id,
    agent_ids,
    campaign_ids,
    kind,
    reason,
    complaint_id,
    complained_at,
    contact_id,
    message_id,
    template_name,
    complaint_campaign_id,
    toUInt32(sum(delivered_n)) AS delivered,
    toUInt32(sum(complaint_n)) AS complaints
FROM
(
    SELECT
        tenant_id,
        toDateTime(toStartOfFifteenMinutes(assumeNotNull(least(sent_at, effective_delivered_at, failed_at))), 'UTC') AS bucket,
        channel,
        account_id,
        [agent_id] AS agent_ids,
        [campaign_id] AS campaign_ids,
        '' AS kind,
        '' AS reason,
        '' AS complaint_id,
        CAST(NULL AS Nullable(DateTime64(3, 'UTC'))) AS complained_at,
        '' AS contact_id,
        '' AS message_id,
        '' AS template_name,
        '' AS complaint_campaign_id,
        1 AS delivered_n,
        0 AS complaint_n
    FROM {{DB}}.message_facts_v
    WHERE effective_delivered_at IS NOT NULL
        AND least(sent_at, effective_delivered_at, failed_at) IS NOT NULL
        AND (is_template OR sender_kind = 'campaign' OR template_category != ''
            OR pricing_category IN ('marketing', 'marketing_lite', 'utility', 'authentication'))
    UNION ALL
    SELECT
        c.tenant_id AS tenant_id,
        toDateTime(toStartOfFifteenMinutes(c.occurred), 'UTC') AS bucket,
        c.complaint_channel AS channel,
        c.complaint_account AS account_id,
        arraySort(arrayFilter(a -> a != '', m.agents)) AS agent_ids,
        arraySort(arrayDistinct(arrayFilter(x -> x != '', arrayConcat([c.campaign], m.campaigns)))) AS campaign_ids,
        c.complaint_kind AS kind,
        c.complaint_reason AS reason,
        c.id AS complaint_id,
        c.occurred AS complained_at,
        c.contact AS contact_id,
        c.named_message AS message_id,
        c.template AS template_name,
        c.campaign AS complaint_campaign_id,
        0 AS delivered_n,
        1 AS complaint_n
    FROM
    (
        SELECT
            tenant_id,
            id,
            any(occurred_at) AS occurred,
            any(channel) AS complaint_channel,
            any(account_id) AS complaint_account,
            any(complaint_kind) AS complaint_kind,
            any(reason) AS complaint_reason,
            any(contact_id) AS contact,
            any(template_name) AS template,
            any(campaign_id) AS campaign,
            any(related_message_id) AS named_message
        FROM {{DB}}.events
        WHERE type = 'complaint.recorded'
        GROUP BY tenant_id, id
    ) AS c
    LEFT JOIN
    (
        SELECT
            tenant_id,
            message_id,
            groupUniqArray(agent_id) AS agents,
            groupUniqArray(campaign_id) AS campaigns
        FROM {{DB}}.message_facts_v
        WHERE message_id IN (
            SELECT related_message_id
            FROM {{DB}}.events
            WHERE type = 'complaint.recorded' AND related_message_id != ''
        )
        GROUP BY tenant_id, message_id
    ) AS m ON m.tenant_id = c.tenant_id AND m.message_id = c.named_message
)
GROUP BY
    tenant_id,
    bucket,
    channel,
    account_id,
    agent_ids,
    campaign_ids,
    kind,
    reason,
    complaint_id,
    complained_at,
    contact_id,
    message_id,
    template_name,
    complaint_campaign_id;
