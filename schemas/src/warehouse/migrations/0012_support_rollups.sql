-- Support response times (docs/support-metrics.md): every support conversation with its first response,
-- resolution and the agent replies in it, rebuilt from the idempotent events by refreshable views like the
-- Campaigns rollups (0008): replays and late events are right after the next rebuild, readers never see a
-- half-built table. Durations are not stored: the tenant's business hours and time zone change without a rebuild,
-- so queries turn the stored instants into calendar or business durations.
--
-- A conversation is the source's conversation id; without one, the thread of a contact with an account split
-- where a customer message follows 24 hours of silence (86400000 ms, fixed, as conversation_starts in 0008) or a
-- resolution that was not reopened before that message. Customer messages exclude `system` and `reaction`
-- content. Only `agent` senders respond: bot, automation, campaign and system messages never count as replies
-- (they still end a silence).
--
-- One row per conversation that has a customer message, ordered by tenant and start (a period is one range):
-- - started_at: its first customer message; frt_from: when the first response is measured from — the bot hand-off
--   when one happened after the start and no later than the first agent reply, else started_at;
-- - first_response_at: the first agent message after the start (measured once: a reopened conversation keeps it);
-- - resolved_at: the last resolution unless a `reopened` came after it (then the conversation is open again);
-- - agent_id / team_id: credited — the first responder, else the last assignee; the team is the sender's team,
--   else the assignee's at that moment;
-- - pending_since: the earliest customer message no agent message has answered yet (NULL when none);
-- - replies: every agent message after the start as (sent ms, agent, team, answered-from ms or 0, first response),
--   where answered-from is the earliest customer message after the previous agent message: one reply answering
--   several customer messages counts once, from the earliest; an agent message with nothing to answer has 0.
CREATE TABLE IF NOT EXISTS {{DB}}.support_conversations {{ON_CLUSTER}}
(
    tenant_id LowCardinality(String),
    started_at DateTime64(3, 'UTC'),
    -- opaque stable key: a hash of the thread and, for derived conversations, of the first message's event id
    key String,
    channel LowCardinality(String),
    account_id LowCardinality(String),
    contact_id String,
    conversation_id String,
    opened_at Nullable(DateTime64(3, 'UTC')),
    bot_handoff_at Nullable(DateTime64(3, 'UTC')),
    frt_from DateTime64(3, 'UTC'),
    first_response_at Nullable(DateTime64(3, 'UTC')),
    first_response_agent_id LowCardinality(String),
    first_response_team_id LowCardinality(String),
    resolved_at Nullable(DateTime64(3, 'UTC')),
    reopened Bool,
    assignee_agent_id LowCardinality(String),
    assignee_team_id LowCardinality(String),
    agent_id LowCardinality(String),
    team_id LowCardinality(String),
    customer_messages UInt32,
    agent_messages UInt32,
    pending_since Nullable(DateTime64(3, 'UTC')),
    replies Array(Tuple(sent_ms Int64, agent_id String, team_id String, from_ms Int64, first Bool))
)
ENGINE = MergeTree
ORDER BY (tenant_id, started_at, key);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{DB}}.support_conversations_mv {{ON_CLUSTER}}
REFRESH EVERY 5 MINUTE TO {{DB}}.support_conversations AS
SELECT
    tenant_id,
    fromUnixTimestamp64Milli(times[first_customer], 'UTC') AS started_at,
    lower(hex(cityHash64(channel, account_id, contact_id, conversation_id,
        if(conversation_id = '', ids[first_customer], '')))) AS key,
    channel,
    account_id,
    contact_id,
    conversation_id,
    fromUnixTimestamp64Milli(nullIf(arrayFirst((t, a) -> a = 'opened', times, actions), 0), 'UTC') AS opened_at,
    fromUnixTimestamp64Milli(nullIf(handoff_ms, 0), 'UTC') AS bot_handoff_at,
    fromUnixTimestamp64Milli(
        if(handoff_ms >= times[first_customer] AND (first_agent = 0 OR handoff_ms <= times[first_agent]),
            handoff_ms, times[first_customer]),
        'UTC') AS frt_from,
    fromUnixTimestamp64Milli(if(first_agent = 0, NULL, times[first_agent]), 'UTC') AS first_response_at,
    if(first_agent = 0, '', agents[first_agent]) AS first_response_agent_id,
    if(first_agent = 0, '', reply_teams[first_agent]) AS first_response_team_id,
    fromUnixTimestamp64Milli(if(last_resolved > last_reopened, last_resolved, NULL), 'UTC') AS resolved_at,
    last_reopened != 0 AS reopened,
    if(last_assigned = 0, '', agents[last_assigned]) AS assignee_agent_id,
    if(last_assigned = 0, '', teams[last_assigned]) AS assignee_team_id,
    if(first_agent = 0, assignee_agent_id, first_response_agent_id) AS agent_id,
    if(first_agent = 0, assignee_team_id, first_response_team_id) AS team_id,
    toUInt32(arrayCount(x -> x, is_customer)) AS customer_messages,
    toUInt32(arrayCount(x -> x, is_agent)) AS agent_messages,
    fromUnixTimestamp64Milli(if(pending[-1] > 0, pending[-1], NULL), 'UTC') AS pending_since,
    arrayMap(
        i -> (times[i], agents[i], reply_teams[i], greatest(pending_before[i], 0), i = first_agent),
        arrayFilter(i -> is_agent[i], arrayEnumerate(times))
    ) AS replies
FROM
(
    SELECT
        tenant_id,
        channel,
        account_id,
        contact_id,
        conversation_id,
        -- kind: 0 customer message, 1 bot, 2 other business message, 3 conversation update, 4 agent message;
        -- at the same millisecond a customer message comes first, an agent message last
        arraySort(groupArray((at_ms, kind, id, agent_id, team_id, action))) AS items,
        arrayMap(x -> x.1, items) AS times,
        arrayMap(x -> x.2, items) AS kinds,
        arrayMap(x -> x.3, items) AS ids,
        arrayMap(x -> x.4, items) AS agents,
        arrayMap(x -> x.5, items) AS teams,
        arrayMap(x -> x.6, items) AS actions,
        arrayFirstIndex(k -> k = 0, kinds) AS first_customer,
        arrayMap((k, i) -> k = 0 AND i >= first_customer, kinds, arrayEnumerate(kinds)) AS is_customer,
        arrayMap((k, i) -> k = 4 AND i > first_customer, kinds, arrayEnumerate(kinds)) AS is_agent,
        arrayFirstIndex(x -> x, is_agent) AS first_agent,
        arrayFirst((t, a) -> a = 'bot_handoff', times, actions) AS handoff_ms,
        arrayLast((t, a) -> a = 'resolved', times, actions) AS last_resolved,
        arrayLast((t, a) -> a = 'reopened', times, actions) AS last_reopened,
        arrayLastIndex(a -> a = 'assigned', actions) AS last_assigned,
        -- the team credited with each message: the sender's, else the assignee's at that moment
        arrayFill(x -> x != '', arrayMap((a, t) -> if(a = 'assigned', t, ''), actions, teams)) AS assignee_teams,
        arrayMap((t, at) -> if(t != '', t, at), teams, assignee_teams) AS reply_teams,
        -- 1 customer, 2 agent, 0 neither; a customer message is the first unanswered one when the last of these
        -- before it was not a customer message
        arrayFill(r -> r != 0, arrayMap((c, a) -> multiIf(c, 1, a, 2, 0), is_customer, is_agent)) AS last_role,
        arrayPushFront(arrayPopBack(last_role), 0) AS previous_role,
        -- per element: the earliest unanswered customer message up to it (ms), -1 right after an agent message
        arrayFill(x -> x != 0, arrayMap(
            (t, c, a, p) -> multiIf(c AND p != 1, t, a, -1, 0), times, is_customer, is_agent, previous_role
        )) AS pending,
        arrayPushFront(arrayPopBack(pending), 0) AS pending_before
    FROM
    (
        SELECT
            tenant_id,
            channel,
            account_id,
            contact_id,
            conversation_id,
            item.1 AS at_ms,
            item.2 AS kind,
            item.3 AS id,
            item.4 AS agent_id,
            item.5 AS team_id,
            item.6 AS action,
            -- updates before the first customer message (an `opened` just before it) belong to the first conversation
            if(seq = 0 AND item.2 = 3, 1, seq) AS conversation
        FROM
        (
            -- Each thread as one sorted array: a customer message starts a conversation when no customer message
            -- came before it, or (without a conversation id) after 24 h of silence or after a resolution not
            -- reopened before it; `seqs` numbers the conversations (0 before the first).
            SELECT
                tenant_id,
                toString(channel) AS channel,
                toString(account_id) AS account_id,
                contact_id,
                conversation_id,
                arraySort(groupUniqArray((
                    toUnixTimestamp64Milli(occurred_at),
                    toUInt8(multiIf(
                        type = 'message.received', 0,
                        type = 'conversation.updated', 3,
                        sender_kind = 'agent', 4,
                        sender_kind = 'bot', 1,
                        2)),
                    id,
                    toString(agent_id),
                    toString(team_id),
                    toString(conversation_action)
                ))) AS thread,
                arrayMap(x -> x.1, thread) AS times,
                arrayMap(x -> x.2, thread) AS kinds,
                arrayPushFront(arrayPopBack(arrayFill(t -> t != 0,
                    arrayMap((t, k) -> if(k = 3, 0, t), times, kinds))), 0) AS previous_message,
                arrayPushFront(arrayPopBack(arrayFill(t -> t != 0,
                    arrayMap((t, x) -> if(x.6 = 'resolved', t, 0), times, thread))), 0) AS previous_resolution,
                arrayPushFront(arrayPopBack(arrayFill(t -> t != 0,
                    arrayMap((t, x) -> if(x.6 = 'reopened', t, 0), times, thread))), 0) AS previous_reopen,
                arrayPushFront(arrayPopBack(arrayCumSum(arrayMap(k -> toUInt32(k = 0), kinds))), 0)
                    AS previous_customer_messages,
                arrayCumSum(arrayMap(
                    (k, t, m, r, o, c) -> toUInt32(k = 0 AND (c = 0 OR (conversation_id = ''
                        AND (t - m >= 86400000 OR (r != 0 AND r >= m AND o < r))))),
                    kinds, times, previous_message, previous_resolution, previous_reopen, previous_customer_messages
                )) AS seqs
            FROM {{DB}}.events
            WHERE type IN ('message.received', 'message.sent', 'conversation.updated')
                AND contact_id != ''
                AND NOT (type = 'message.received' AND content_type IN ('system', 'reaction'))
            GROUP BY tenant_id, channel, account_id, contact_id, conversation_id
        )
        ARRAY JOIN thread AS item, seqs AS seq
    )
    WHERE conversation > 0
    GROUP BY tenant_id, channel, account_id, contact_id, conversation_id, conversation
    HAVING first_customer > 0
);

-- One row per agent message of a support conversation (support_conversations.replies), with the conversation's
-- start so a period selects the same conversations as the figures above. from_at: the earliest customer message
-- it answers (NULL when it answers none: workload only). first_response: it is the conversation's first response.
CREATE TABLE IF NOT EXISTS {{DB}}.support_replies {{ON_CLUSTER}}
(
    tenant_id LowCardinality(String),
    started_at DateTime64(3, 'UTC'),
    key String,
    channel LowCardinality(String),
    account_id LowCardinality(String),
    sent_at DateTime64(3, 'UTC'),
    agent_id LowCardinality(String),
    team_id LowCardinality(String),
    from_at Nullable(DateTime64(3, 'UTC')),
    first_response Bool
)
ENGINE = MergeTree
ORDER BY (tenant_id, started_at, key, sent_at);

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
    reply.first AS first_response
FROM {{DB}}.support_conversations
ARRAY JOIN replies AS reply;
