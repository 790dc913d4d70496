-- One row per business message (tenant, channel, account, message id) with its lifecycle.
-- Only idempotent, order-independent states: min/max of times and attributes ('' loses to any value),
-- argMin/argMax over (occurred_at, id) for values taken from one event. Replaying events, repeated or
-- out-of-order statuses therefore change nothing. Read through message_facts_v (or GROUP BY the key and
-- merge): rows are merged only eventually, so never read this table without aggregating.
CREATE TABLE IF NOT EXISTS {{DB}}.message_facts {{ON_CLUSTER}}
(
    tenant_id LowCardinality(String),
    channel LowCardinality(String),
    account_id LowCardinality(String),
    message_id String,
    contact_id SimpleAggregateFunction(max, String),
    conversation_id SimpleAggregateFunction(max, String),
    -- message.sent time
    created_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    -- earliest of message.sent and the `sent` status
    sent_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    delivered_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    read_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    played_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    failed_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    deleted_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    -- (error_code, error_title) of the first failed status
    failure AggregateFunction(argMinIf, Tuple(String, String), Tuple(DateTime64(3, 'UTC'), String), UInt8),
    content_type SimpleAggregateFunction(max, LowCardinality(String)),
    sender_kind SimpleAggregateFunction(max, LowCardinality(String)),
    agent_id SimpleAggregateFunction(max, LowCardinality(String)),
    team_id SimpleAggregateFunction(max, LowCardinality(String)),
    is_template SimpleAggregateFunction(max, Bool),
    template_name SimpleAggregateFunction(max, LowCardinality(String)),
    template_language SimpleAggregateFunction(max, LowCardinality(String)),
    template_category SimpleAggregateFunction(max, LowCardinality(String)),
    campaign_id SimpleAggregateFunction(max, LowCardinality(String)),
    -- (category, type, model, billable) of the latest status that carried pricing
    pricing AggregateFunction(argMaxIf, Tuple(String, String, String, Nullable(Bool)), Tuple(DateTime64(3, 'UTC'), String), UInt8)
)
ENGINE = {{ENGINE:AggregatingMergeTree}}
ORDER BY (tenant_id, channel, account_id, message_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{DB}}.message_facts_mv {{ON_CLUSTER}} TO {{DB}}.message_facts AS
SELECT
    tenant_id,
    channel,
    account_id,
    message_id,
    max(contact_id) AS contact_id,
    max(conversation_id) AS conversation_id,
    min(if(type = 'message.sent', occurred_at, NULL)) AS created_at,
    min(if(type = 'message.sent' OR status = 'sent', occurred_at, NULL)) AS sent_at,
    min(if(type = 'message.status' AND status = 'delivered', occurred_at, NULL)) AS delivered_at,
    min(if(type = 'message.status' AND status = 'read', occurred_at, NULL)) AS read_at,
    min(if(type = 'message.status' AND status = 'played', occurred_at, NULL)) AS played_at,
    min(if(type = 'message.status' AND status = 'failed', occurred_at, NULL)) AS failed_at,
    min(if(type = 'message.status' AND status = 'deleted', occurred_at, NULL)) AS deleted_at,
    argMinIfState(
        tuple(CAST(error_code, 'String'), error_title),
        tuple(occurred_at, id),
        type = 'message.status' AND status = 'failed'
    ) AS failure,
    max(content_type) AS content_type,
    max(sender_kind) AS sender_kind,
    max(agent_id) AS agent_id,
    max(team_id) AS team_id,
    max(is_template) AS is_template,
    max(template_name) AS template_name,
    max(template_language) AS template_language,
    max(template_category) AS template_category,
    max(campaign_id) AS campaign_id,
    argMaxIfState(
        tuple(CAST(pricing_category, 'String'), CAST(pricing_type, 'String'), CAST(pricing_model, 'String'), billable),
        tuple(occurred_at, id),
        type = 'message.status' AND (pricing_category != '' OR pricing_type != '' OR pricing_model != '' OR billable IS NOT NULL)
    ) AS pricing
FROM {{DB}}.events
WHERE type IN ('message.sent', 'message.status') AND message_id != ''
GROUP BY tenant_id, channel, account_id, message_id;

-- How to read message_facts. Read implies delivered, and played implies read: the effective_* columns
-- apply that, because platforms skip `delivered` when a message is read at once. Filter by tenant_id first.
CREATE VIEW IF NOT EXISTS {{DB}}.message_facts_v {{ON_CLUSTER}} AS
SELECT
    tenant_id,
    channel,
    account_id,
    message_id,
    max(contact_id) AS contact_id,
    max(conversation_id) AS conversation_id,
    min(created_at) AS created_at,
    min(sent_at) AS sent_at,
    min(delivered_at) AS delivered_at,
    min(read_at) AS read_at,
    min(played_at) AS played_at,
    min(failed_at) AS failed_at,
    min(deleted_at) AS deleted_at,
    least(delivered_at, read_at, played_at) AS effective_delivered_at,
    least(read_at, played_at) AS effective_read_at,
    if(failed_at IS NULL, NULL, tupleElement(argMinIfMerge(failure), 1)) AS error_code,
    if(failed_at IS NULL, NULL, tupleElement(argMinIfMerge(failure), 2)) AS error_title,
    max(content_type) AS content_type,
    max(sender_kind) AS sender_kind,
    max(agent_id) AS agent_id,
    max(team_id) AS team_id,
    max(is_template) AS is_template,
    max(template_name) AS template_name,
    max(template_language) AS template_language,
    max(template_category) AS template_category,
    max(campaign_id) AS campaign_id,
    tupleElement(argMaxIfMerge(pricing), 1) AS pricing_category,
    tupleElement(argMaxIfMerge(pricing), 2) AS pricing_type,
    tupleElement(argMaxIfMerge(pricing), 3) AS pricing_model,
    tupleElement(argMaxIfMerge(pricing), 4) AS billable
FROM {{DB}}.message_facts
GROUP BY tenant_id, channel, account_id, message_id;
