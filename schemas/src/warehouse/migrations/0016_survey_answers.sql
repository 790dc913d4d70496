-- Survey answers with the support conversation each is credited to (docs/health-metrics.md "Conversation of an
-- answer"), so NPS/CSAT and their comments read one narrow table instead of matching answers to conversations at
-- query time.
-- - one row per survey.answered event id, with a score in its survey's scale (NPS 0–10, CSAT 1–5);
-- - conversation: the support conversation (support_conversations, 0012) of the same tenant, channel, account and
--   contact that started last at or before the answer, and at most 30 days before it ('' without one);
--   conversation_agent is that conversation's credited agent (first responder, else last assignee);
-- - survey_agent is the answer's own agentId, which queries prefer; comment the customer's text ('' when none).
-- Rebuilt after support_conversations, as of the same rebuild. Not Replicated on a cluster, as 0006.
CREATE TABLE IF NOT EXISTS {{DB}}.survey_answers {{ON_CLUSTER}}
(
    tenant_id LowCardinality(String),
    answered_at DateTime64(3, 'UTC'),
    id String,
    survey LowCardinality(String),
    answer UInt8,
    channel LowCardinality(String),
    account_id LowCardinality(String),
    contact_id String,
    -- the conversation id the source gave with the answer ('' when none)
    conversation_id String,
    survey_agent LowCardinality(String),
    conversation_key String,
    conversation_agent LowCardinality(String),
    comment String CODEC(ZSTD(3))
)
ENGINE = MergeTree
ORDER BY (tenant_id, answered_at, id);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{DB}}.survey_answers_mv {{ON_CLUSTER}}
REFRESH EVERY 5 MINUTE DEPENDS ON {{DB}}.support_conversations_mv TO {{DB}}.survey_answers AS
SELECT
    a.tenant_id AS tenant_id,
    a.answered_at AS answered_at,
    a.id AS id,
    a.survey AS survey,
    a.answer AS answer,
    a.channel AS channel,
    a.account_id AS account_id,
    a.contact_id AS contact_id,
    a.conversation_id AS conversation_id,
    a.survey_agent AS survey_agent,
    -- Without a match the ASOF LEFT JOIN gives the defaults (started_at 1970): no conversation.
    if(c.started_at >= a.answered_at - INTERVAL 30 DAY, c.key, '') AS conversation_key,
    if(c.started_at >= a.answered_at - INTERVAL 30 DAY, CAST(c.agent_id, 'String'), '') AS conversation_agent,
    a.comment AS comment
FROM
(
    SELECT
        tenant_id,
        id,
        any(survey_kind) AS survey,
        any(assumeNotNull(score)) AS answer,
        any(occurred_at) AS answered_at,
        any(channel) AS channel,
        any(account_id) AS account_id,
        any(contact_id) AS contact_id,
        any(conversation_id) AS conversation_id,
        any(CAST(agent_id, 'String')) AS survey_agent,
        any(text) AS comment
    FROM {{DB}}.events
    WHERE type = 'survey.answered' AND score IS NOT NULL
    GROUP BY tenant_id, id
    HAVING (survey = 'nps' AND answer <= 10) OR (survey = 'csat' AND answer BETWEEN 1 AND 5)
) AS a
ASOF LEFT JOIN
(
    SELECT tenant_id, channel, account_id, contact_id, started_at, key, agent_id
    FROM {{DB}}.support_conversations
) AS c
ON a.tenant_id = c.tenant_id
    AND a.channel = c.channel
    AND a.account_id = c.account_id
    AND a.contact_id = c.contact_id
    AND a.answered_at >= c.started_at;
