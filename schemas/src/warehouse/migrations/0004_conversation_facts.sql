-- One row per tenant, channel, account, contact and conversation id ('' when the source gives none: then
-- the row covers the contact's whole history with the account, and conversations split by silence are
-- derived at query time from events). Same idempotent, order-independent states as message_facts; message
-- counts are uniqExact of event ids, never row counts. Read through conversation_facts_v.
-- Customer messages exclude `system` and `reaction` content (not customer messages for response times).
CREATE TABLE IF NOT EXISTS {{DB}}.conversation_facts {{ON_CLUSTER}}
(
    tenant_id LowCardinality(String),
    channel LowCardinality(String),
    account_id LowCardinality(String),
    contact_id String,
    conversation_id String,
    first_customer_message_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    last_customer_message_at SimpleAggregateFunction(max, Nullable(DateTime64(3, 'UTC'))),
    first_business_message_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    last_business_message_at SimpleAggregateFunction(max, Nullable(DateTime64(3, 'UTC'))),
    first_agent_message_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    first_bot_message_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    customer_messages AggregateFunction(uniqExactIf, String, UInt8),
    business_messages AggregateFunction(uniqExactIf, String, UInt8),
    agent_messages AggregateFunction(uniqExactIf, String, UInt8),
    opened_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    first_assigned_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    bot_handoff_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    first_resolved_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    last_resolved_at SimpleAggregateFunction(max, Nullable(DateTime64(3, 'UTC'))),
    last_reopened_at SimpleAggregateFunction(max, Nullable(DateTime64(3, 'UTC'))),
    -- (agent_id, team_id) of the latest `assigned` update
    last_assignee AggregateFunction(argMaxIf, Tuple(String, String), Tuple(DateTime64(3, 'UTC'), String), UInt8),
    -- (kind, source_id, ref, click_id, utm_source, utm_medium, utm_campaign) of the first customer message with a referral
    first_referral AggregateFunction(argMinIf, Tuple(String, String, String, String, String, String, String), Tuple(DateTime64(3, 'UTC'), String), UInt8)
)
ENGINE = {{ENGINE:AggregatingMergeTree}}
ORDER BY (tenant_id, channel, account_id, contact_id, conversation_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{DB}}.conversation_facts_mv {{ON_CLUSTER}} TO {{DB}}.conversation_facts AS
SELECT
    tenant_id,
    channel,
    account_id,
    contact_id,
    conversation_id,
    min(if(type = 'message.received' AND content_type NOT IN ('system', 'reaction'), occurred_at, NULL)) AS first_customer_message_at,
    max(if(type = 'message.received' AND content_type NOT IN ('system', 'reaction'), occurred_at, NULL)) AS last_customer_message_at,
    min(if(type = 'message.sent', occurred_at, NULL)) AS first_business_message_at,
    max(if(type = 'message.sent', occurred_at, NULL)) AS last_business_message_at,
    min(if(type = 'message.sent' AND sender_kind = 'agent', occurred_at, NULL)) AS first_agent_message_at,
    min(if(type = 'message.sent' AND sender_kind = 'bot', occurred_at, NULL)) AS first_bot_message_at,
    uniqExactIfState(id, type = 'message.received' AND content_type NOT IN ('system', 'reaction')) AS customer_messages,
    uniqExactIfState(id, type = 'message.sent') AS business_messages,
    uniqExactIfState(id, type = 'message.sent' AND sender_kind = 'agent') AS agent_messages,
    min(if(conversation_action = 'opened', occurred_at, NULL)) AS opened_at,
    min(if(conversation_action = 'assigned', occurred_at, NULL)) AS first_assigned_at,
    min(if(conversation_action = 'bot_handoff', occurred_at, NULL)) AS bot_handoff_at,
    min(if(conversation_action = 'resolved', occurred_at, NULL)) AS first_resolved_at,
    max(if(conversation_action = 'resolved', occurred_at, NULL)) AS last_resolved_at,
    max(if(conversation_action = 'reopened', occurred_at, NULL)) AS last_reopened_at,
    argMaxIfState(
        tuple(CAST(agent_id, 'String'), CAST(team_id, 'String')),
        tuple(occurred_at, id),
        conversation_action = 'assigned'
    ) AS last_assignee,
    argMinIfState(
        tuple(
            CAST(referral_kind, 'String'), referral_source_id, referral_ref, referral_click_id,
            CAST(utm_source, 'String'), CAST(utm_medium, 'String'), CAST(utm_campaign, 'String')
        ),
        tuple(occurred_at, id),
        type = 'message.received' AND referral_kind != ''
    ) AS first_referral
FROM {{DB}}.events
WHERE type IN ('message.received', 'message.sent', 'conversation.updated') AND contact_id != ''
GROUP BY tenant_id, channel, account_id, contact_id, conversation_id;

-- How to read conversation_facts. first_agent_message_at counts as the first response only when it is not
-- before first_customer_message_at; exact first-response and reply times per derived conversation come from
-- events. Filter by tenant_id first.
CREATE VIEW IF NOT EXISTS {{DB}}.conversation_facts_v {{ON_CLUSTER}} AS
SELECT
    tenant_id,
    channel,
    account_id,
    contact_id,
    conversation_id,
    min(first_customer_message_at) AS first_customer_message_at,
    max(last_customer_message_at) AS last_customer_message_at,
    min(first_business_message_at) AS first_business_message_at,
    max(last_business_message_at) AS last_business_message_at,
    min(first_agent_message_at) AS first_agent_message_at,
    min(first_bot_message_at) AS first_bot_message_at,
    toUInt32(uniqExactIfMerge(customer_messages)) AS customer_messages,
    toUInt32(uniqExactIfMerge(business_messages)) AS business_messages,
    toUInt32(uniqExactIfMerge(agent_messages)) AS agent_messages,
    min(opened_at) AS opened_at,
    min(first_assigned_at) AS first_assigned_at,
    min(bot_handoff_at) AS bot_handoff_at,
    min(first_resolved_at) AS first_resolved_at,
    max(last_resolved_at) AS last_resolved_at,
    max(last_reopened_at) AS last_reopened_at,
    if(first_assigned_at IS NULL, NULL, tupleElement(argMaxIfMerge(last_assignee), 1)) AS assigned_agent_id,
    if(first_assigned_at IS NULL, NULL, tupleElement(argMaxIfMerge(last_assignee), 2)) AS assigned_team_id,
    nullIf(tupleElement(argMinIfMerge(first_referral), 1), '') AS referral_kind,
    tupleElement(argMinIfMerge(first_referral), 2) AS referral_source_id,
    tupleElement(argMinIfMerge(first_referral), 3) AS referral_ref,
    tupleElement(argMinIfMerge(first_referral), 4) AS referral_click_id,
    tupleElement(argMinIfMerge(first_referral), 5) AS utm_source,
    tupleElement(argMinIfMerge(first_referral), 6) AS utm_medium,
    tupleElement(argMinIfMerge(first_referral), 7) AS utm_campaign
FROM {{DB}}.conversation_facts
GROUP BY tenant_id, channel, account_id, contact_id, conversation_id;
