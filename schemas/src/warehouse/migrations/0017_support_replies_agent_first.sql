-- support_replies (0012) marks each agent's first message in a conversation (agent_first), so "conversations
-- handled" per agent is a count of those rows instead of a distinct count of conversation keys, the costliest part
-- of the Support page's agent figures. The whole period's (and a channel's, account's, day's) handled count is
-- already the count of first responses: every conversation with an agent message has exactly one.
-- The view is re-created with the new column (a refreshable view cannot change its query in place). It is dropped
-- first: a rebuild swaps its table, and an ALTER meeting that swap fails ("table was renamed"). Until the next
-- rebuild old rows read false; the start-up rebuild (embedded) or the next scheduled one (scaled, ≤ 5 minutes)
-- fills it.
DROP VIEW IF EXISTS {{DB}}.support_replies_mv {{ON_CLUSTER}};

ALTER TABLE {{DB}}.support_replies {{ON_CLUSTER}}
    ADD COLUMN IF NOT EXISTS agent_first Bool DEFAULT false;

CREATE MATERIALIZED VIEW IF NOT EXISTS {{DB}}.support_replies_mv {{ON_CLUSTER}}
REFRESH EVERY 5 MINUTE DEPENDS ON {{DB}}.support_conversations_mv TO {{DB}}.support_replies AS
SELECT
    tenant_id,
    started_at,
    key,
    channel,
    account_id,
    fromUnixTimestamp64Milli(reply.sent_ms, 'UTC') AS sent_at,
    reply.agent_id AS agent_id,
    reply.team_id AS team_id,
    fromUnixTimestamp64Milli(if(reply.from_ms = 0, NULL, reply.from_ms), 'UTC') AS from_at,
    reply.first AS first_response,
    agent_seq = 1 AS agent_first
FROM {{DB}}.support_conversations
-- replies are in sending order, so an agent's first occurrence is their first message
ARRAY JOIN replies AS reply, arrayEnumerateUniq(replies.agent_id) AS agent_seq;
