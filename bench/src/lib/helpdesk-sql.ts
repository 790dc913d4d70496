/**
 * The row-store baseline's PostgreSQL side: a helpdesk schema (conversations, their messages and conversation
 * events, agents, reporting events), the load that turns exported message events into it, and the
 * first-response-time report as a helpdesk on PostgreSQL computes it — from the messages of the period's
 * conversations at query time, or from first-response reporting events stored on the write path.
 *
 * Conversation boundaries follow DOMAIN.md §3 as Checkmark implements them (docs/support-metrics.md): the source's
 * conversation id when present; otherwise a customer message after ≥ 24 h of silence on the contact's thread, or
 * after a resolution not reopened since, starts a new one (messages before the first customer message of a thread
 * belong to no conversation). System messages and reactions are not customer messages.
 */
/** Conversations of tenant $1 started in the period: tenant-local dates $2..$3 inclusive in IANA zone $4. */
const PERIOD_CONVERSATIONS = `WHERE c.tenant_id = $1
      AND c.started_at >= ($2::date)::timestamp AT TIME ZONE $4
      AND c.started_at < ($3::date + 1)::timestamp AT TIME ZONE $4`;

/**
 * The first response of each answered conversation matching `where` (a constant fragment on conversations c), as
 * docs/support-metrics.md defines it: the first human agent reply at or after the first customer message, measured
 * from the conversation's first bot hand-off when that came at or after the start and no later than the reply,
 * else from the first customer message; credited to the agent who sent that reply.
 */
function firstResponses(where: string): string {
  return `SELECT c.id AS conversation_id, c.started_at, fa.agent_id, fa.occurred_at AS responded_at,
           extract(epoch FROM fa.occurred_at - CASE
               WHEN c.bot_handoff_at >= c.started_at AND c.bot_handoff_at <= fa.occurred_at THEN c.bot_handoff_at
               ELSE c.started_at END) * 1000 AS frt_ms
    FROM conversations c
    CROSS JOIN LATERAL (
        SELECT m.occurred_at, m.agent_id FROM messages m
        WHERE m.conversation_id = c.id AND m.sender_kind = 'agent' AND m.occurred_at >= c.started_at
        ORDER BY m.occurred_at, m.id
        LIMIT 1
    ) fa
    ${where}`;
}

/**
 * First response time per agent over `source` (rows of agent_id, frt_ms; $1 tenant): count, exact interpolated
 * median and p90 (percentile_cont, as a helpdesk's reports compute them) and mean, with the agent's name.
 */
function byAgent(source: string): string {
  return `SELECT f.agent_id, a.name,
       count(*)::int AS count,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY f.frt_ms) AS median_ms,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY f.frt_ms) AS p90_ms,
       avg(f.frt_ms) AS mean_ms
FROM ${source} f
LEFT JOIN agents a ON a.tenant_id = $1 AND a.external_id = f.agent_id
GROUP BY f.agent_id, a.name
ORDER BY f.agent_id`;
}

export const HELPDESK_SQL = {
  schema: [
    `CREATE UNLOGGED TABLE events_in (
       event_id text NOT NULL, type text NOT NULL, occurred_at timestamp NOT NULL, channel text NOT NULL,
       account_id text NOT NULL, contact_id text NOT NULL, conversation_id text NOT NULL, sender_kind text NOT NULL,
       agent_id text NOT NULL, team_id text NOT NULL, content_type text NOT NULL, action text NOT NULL)`,
    `CREATE TABLE agents (
       tenant_id text NOT NULL, id text NOT NULL, external_id text NOT NULL, name text NOT NULL,
       PRIMARY KEY (tenant_id, external_id))`,
    `CREATE TABLE conversations (
       id bigint PRIMARY KEY, tenant_id text NOT NULL, channel text NOT NULL, account_id text NOT NULL,
       contact_id text NOT NULL, source_conversation_id text, started_at timestamptz NOT NULL,
       opened_at timestamptz, bot_handoff_at timestamptz, resolved_at timestamptz,
       assignee_agent_id text, assignee_team_id text)`,
    `CREATE TABLE messages (
       id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, event_id text NOT NULL, tenant_id text NOT NULL,
       conversation_id bigint REFERENCES conversations (id), channel text NOT NULL, account_id text NOT NULL,
       contact_id text NOT NULL, direction text NOT NULL, sender_kind text, agent_id text, team_id text,
       content_type text, occurred_at timestamptz NOT NULL)`,
    // As helpdesks keep report figures (e.g. Chatwoot's reporting_events): one row per measured event, written
    // when the event happens, so reports aggregate stored durations instead of finding them in the messages.
    `CREATE TABLE reporting_events (
       id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tenant_id text NOT NULL, name text NOT NULL,
       conversation_id bigint NOT NULL REFERENCES conversations (id), agent_id text, value_ms double precision NOT NULL,
       conversation_started_at timestamptz NOT NULL, event_end_time timestamptz NOT NULL)`,
    `CREATE TABLE conversation_events (
       id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, event_id text NOT NULL,
       conversation_id bigint NOT NULL REFERENCES conversations (id), action text NOT NULL, agent_id text,
       team_id text, occurred_at timestamptz NOT NULL)`,
  ],

  /** Each row of events_in with its thread and conversation key ('' before the thread's first customer message). */
  keyed: `CREATE UNLOGGED TABLE events_keyed AS
WITH unkeyed AS (
    SELECT e.*,
           (type = 'message.received' AND content_type NOT IN ('system', 'reaction')) AS is_customer,
           -- over the rows before: the latest message of either side (system messages and reactions neither start
           -- nor end a silence), the latest resolution and reopening, how many customer messages
           max(occurred_at) FILTER (WHERE type = 'message.sent' OR (type = 'message.received'
               AND content_type NOT IN ('system', 'reaction'))) OVER earlier AS previous_message,
           max(occurred_at) FILTER (WHERE action = 'resolved') OVER earlier AS previous_resolution,
           max(occurred_at) FILTER (WHERE action = 'reopened') OVER earlier AS previous_reopen,
           count(*) FILTER (WHERE type = 'message.received' AND content_type NOT IN ('system', 'reaction'))
               OVER earlier AS previous_customer_messages
    FROM events_in e
    WHERE conversation_id = ''
    WINDOW earlier AS (PARTITION BY account_id, channel, contact_id ORDER BY occurred_at, event_id
                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
), split AS (
    -- a customer message starts a conversation when it is the thread's first, after 24 h of silence, or after a
    -- resolution (later than the last message) that was not reopened
    SELECT *,
           sum((is_customer AND (previous_customer_messages = 0
                   OR occurred_at - previous_message >= interval '24 hours'
                   OR (previous_resolution >= previous_message
                       AND (previous_reopen IS NULL OR previous_reopen < previous_resolution))))::int)
               OVER (PARTITION BY account_id, channel, contact_id ORDER BY occurred_at, event_id) AS part
    FROM unkeyed
)
SELECT event_id, type, occurred_at, channel, account_id, contact_id, sender_kind, agent_id, team_id, content_type,
       action, is_customer,
       -- updates before the thread's first customer message (an 'opened' just before it) belong to its first conversation
       CASE WHEN part > 0 THEN 'thread:' || part WHEN type = 'conversation.updated' THEN 'thread:1' ELSE '' END AS conv_key,
       NULL AS source_id
FROM split
UNION ALL
SELECT event_id, type, occurred_at, channel, account_id, contact_id, sender_kind, agent_id, team_id, content_type,
       action, (type = 'message.received' AND content_type NOT IN ('system', 'reaction')), 'id:' || conversation_id,
       conversation_id
FROM events_in
WHERE conversation_id != ''`,

  /** One row per derived conversation with its id and natural key; the conversations table is filled from it. */
  conversationKeys: `CREATE UNLOGGED TABLE conversation_keys AS
SELECT row_number() OVER (ORDER BY started_at, account_id, channel, contact_id, conv_key) AS id, *
FROM (
    SELECT account_id, channel, contact_id, conv_key, max(source_id) AS source_id,
           min(occurred_at) FILTER (WHERE is_customer) AS started_at,
           min(occurred_at) FILTER (WHERE action = 'opened') AS opened_at,
           min(occurred_at) FILTER (WHERE action = 'bot_handoff') AS bot_handoff_at,
           max(occurred_at) FILTER (WHERE action = 'resolved') AS resolved_at,
           (array_agg(agent_id ORDER BY occurred_at DESC, event_id DESC) FILTER (WHERE action = 'assigned'))[1] AS agent_id,
           (array_agg(team_id ORDER BY occurred_at DESC, event_id DESC) FILTER (WHERE action = 'assigned'))[1] AS team_id
    FROM events_keyed
    WHERE conv_key != ''
    GROUP BY account_id, channel, contact_id, conv_key
    HAVING min(occurred_at) FILTER (WHERE is_customer) IS NOT NULL
) g`,

  conversations: `INSERT INTO conversations
SELECT id, $1, channel, account_id, contact_id, source_id, started_at AT TIME ZONE 'UTC', opened_at AT TIME ZONE 'UTC',
       bot_handoff_at AT TIME ZONE 'UTC', resolved_at AT TIME ZONE 'UTC', nullif(agent_id, ''), nullif(team_id, '')
FROM conversation_keys`,

  messages: `INSERT INTO messages (event_id, tenant_id, conversation_id, channel, account_id, contact_id, direction,
                      sender_kind, agent_id, team_id, content_type, occurred_at)
SELECT k.event_id, $1, ck.id, k.channel, k.account_id, k.contact_id,
       CASE WHEN k.type = 'message.received' THEN 'in' ELSE 'out' END,
       nullif(k.sender_kind, ''), nullif(k.agent_id, ''), nullif(k.team_id, ''), nullif(k.content_type, ''),
       k.occurred_at AT TIME ZONE 'UTC'
FROM events_keyed k
LEFT JOIN conversation_keys ck USING (account_id, channel, contact_id, conv_key)
WHERE k.type IN ('message.received', 'message.sent')`,

  conversationEvents: `INSERT INTO conversation_events (event_id, conversation_id, action, agent_id, team_id, occurred_at)
SELECT k.event_id, ck.id, k.action, nullif(k.agent_id, ''), nullif(k.team_id, ''), k.occurred_at AT TIME ZONE 'UTC'
FROM events_keyed k
JOIN conversation_keys ck USING (account_id, channel, contact_id, conv_key)
WHERE k.type = 'conversation.updated'`,

  indexes: [
    'CREATE INDEX conversations_tenant_started ON conversations (tenant_id, started_at)',
    'CREATE UNIQUE INDEX messages_event ON messages (event_id)',
    'CREATE INDEX messages_conversation_time ON messages (conversation_id, occurred_at)',
    'CREATE INDEX messages_tenant_time ON messages (tenant_id, occurred_at)',
    'CREATE UNIQUE INDEX conversation_events_event ON conversation_events (event_id)',
    'CREATE INDEX conversation_events_conversation ON conversation_events (conversation_id, occurred_at)',
    'CREATE INDEX reporting_events_report ON reporting_events (tenant_id, name, conversation_started_at)',
  ],

  dropStaging: ['DROP TABLE conversation_keys', 'DROP TABLE events_keyed', 'DROP TABLE events_in'],

  /** The report in both forms: computed from the messages at query time, and read from reporting_events. */
  firstResponseByAgent: byAgent(`(${firstResponses(PERIOD_CONVERSATIONS)})`),
  firstResponseByAgentPrecomputed: byAgent(`(
    SELECT agent_id, value_ms AS frt_ms FROM reporting_events
    WHERE tenant_id = $1 AND name = 'first_response'
      AND conversation_started_at >= ($2::date)::timestamp AT TIME ZONE $4
      AND conversation_started_at < ($3::date + 1)::timestamp AT TIME ZONE $4
)`),

  /** The helpdesk's write path: one `first_response` reporting event per answered conversation ($1 tenant). */
  reportingEvents: `INSERT INTO reporting_events (tenant_id, name, conversation_id, agent_id, value_ms, conversation_started_at, event_end_time)
SELECT $1, 'first_response', f.conversation_id, f.agent_id, f.frt_ms, f.started_at, f.responded_at
FROM (${firstResponses('WHERE c.tenant_id = $1')}) f`,

  sizes: `SELECT c.relname AS name, pg_table_size(c.oid)::bigint AS table_bytes, pg_indexes_size(c.oid)::bigint AS index_bytes,
       c.reltuples::bigint AS rows
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind = 'r'
ORDER BY c.relname`,
} as const;
