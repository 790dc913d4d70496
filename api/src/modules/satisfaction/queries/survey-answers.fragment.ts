/**
 * The period's survey answers with the conversation and agent each is credited to, as WITH clauses (`answers`,
 * `conversations`, `matched`, `credited`) every satisfaction query shares.
 *
 * - answers: `survey.answered` events of the tenant answered in the period (tenant time zone), each event id once
 *   (the events table is ordered by tenant, type and date, so this reads one contiguous range), with scores in
 *   their survey's scale only (NPS 0–10, CSAT 1–5); channel, account and campaign filters as the Overview's NPS
 *   (a campaign filter keeps contacts who got a message of the campaign on the same account).
 * - conversation: the support conversation (support_conversations, warehouse migration 0012, as of its last
 *   rebuild) of the same channel, account and contact that started last at or before the answer, and at most
 *   {@link CONVERSATION_LOOKBACK_DAYS} days before it — the one the survey follows, whether the source gave
 *   conversation ids or conversations were split by silence.
 * - credited agent: the survey's own agentId, else that conversation's credited agent (its first responder, else
 *   its last assignee — as on the Support page). The agent filter applies to the credited agent.
 * - {withComments}: only answers with a comment, and the comment text (text is read only then).
 *
 * The answers are read once (ClickHouse inlines a WITH clause at every use, so a second reference would read the
 * events again): they are the build side of a join on channel, account and contact that every conversation
 * started from the lookback before the period to its end probes — the engine's join runtime filter drops other contacts' conversations
 * right after the read — and each answer keeps the latest of its contact's conversations started at or before it.
 * An answer without one keeps empty ones (the join is RIGHT, so it is never lost).
 */
/** An answer is credited to a conversation started at most this many days before it (bounds the join's reads). */
export const CONVERSATION_LOOKBACK_DAYS = 30;

export function surveyAnswersWith(db: string, withComments: boolean): string {
  const answerColumns = ['survey', 'answer', 'answered_at', 'ch', 'conversation', 'survey_agent'];
  if (withComments) answerColumns.push('comment');
  return `
answers AS
(
    SELECT
        id,
        any(survey_kind) AS survey,
        any(score) AS answer,
        any(occurred_at) AS answered_at,
        any(channel) AS ch,
        any(account_id) AS account,
        any(contact_id) AS contact,
        any(conversation_id) AS conversation,
        any(CAST(agent_id, 'String')) AS survey_agent${withComments ? ',\n        any(text) AS comment' : ''}
    FROM ${db}.events
    WHERE tenant_id = {tenant:String}
        AND type = 'survey.answered'
        AND occurred_at >= toDateTime({from:Date}, {tz:String})
        AND occurred_at < toDateTime(addDays({to:Date}, 1), {tz:String})
        AND score IS NOT NULL${withComments ? "\n        AND text != ''" : ''}
        AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
        AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
        AND (NOT {filterCampaigns:Bool} OR (channel, account_id, contact_id) IN (
            SELECT channel, account_id, contact_id
            FROM ${db}.message_facts_v
            WHERE tenant_id = {tenant:String} AND campaign_id IN {campaigns:Array(String)}
        ))
    GROUP BY id
    HAVING (survey = 'nps' AND answer <= 10) OR (survey = 'csat' AND answer BETWEEN 1 AND 5)
),
conversations AS
(
    SELECT
        channel,
        account_id,
        contact_id,
        started_at,
        (key, CAST(agent_id, 'String')) AS conversation_and_agent
    FROM ${db}.support_conversations
    WHERE tenant_id = {tenant:String}
        AND started_at < toDateTime(addDays({to:Date}, 1), {tz:String})
        AND started_at >= toDateTime({from:Date}, {tz:String}) - INTERVAL ${CONVERSATION_LOOKBACK_DAYS} DAY
),
matched AS
(
    SELECT
        a.id AS id,
        ${answerColumns.map((column) => `any(a.${column}) AS ${column}`).join(',\n        ')},
        argMaxIf(
            c.conversation_and_agent,
            c.started_at,
            c.started_at <= a.answered_at AND c.started_at >= a.answered_at - INTERVAL ${CONVERSATION_LOOKBACK_DAYS} DAY
        ) AS latest
    FROM conversations AS c
    RIGHT JOIN answers AS a ON c.channel = a.ch AND c.account_id = a.account AND c.contact_id = a.contact
    GROUP BY a.id
),
credited AS
(
    SELECT *, latest.1 AS conversation_key, if(survey_agent != '', survey_agent, latest.2) AS agent
    FROM matched
    WHERE NOT {filterAgents:Bool} OR agent IN {agents:Array(String)}
)`;
}

/**
 * A satisfaction group's key for a row with channel `ch`, credited agent `agent` and instant `at`: the channel,
 * the agent's events id, the agent's relational team id ({agentTeams}: events agent id → Team.id, '' without
 * one), or the day / Monday of the week in the tenant's time zone.
 */
export function satisfactionGroupKey(at: string): string {
  return `multiIf(
        {groupBy:String} = 'CHANNEL', toString(ch),
        {groupBy:String} = 'AGENT', agent,
        {groupBy:String} = 'TEAM', transform(agent, {teamAgents:Array(String)}, {agentTeams:Array(String)}, ''),
        {groupBy:String} = 'DAY', toString(toDate(${at}, {tz:String})),
        toString(toMonday(toDate(${at}, {tz:String}))))`;
}

/** Which answers with comments a list shows: one survey or both ({filterSurvey}), at most a score ({filterMaxScore}). */
export const COMMENTS_WHERE = `(NOT {filterSurvey:Bool} OR survey = {survey:String})
    AND (NOT {filterMaxScore:Bool} OR answer <= {maxScore:UInt8})`;
