/**
 * The period's survey answers with the agent each is credited to, as WITH clauses (`answers`, `assignees`,
 * `credited`) every satisfaction query shares.
 *
 * - answers: `survey.answered` events of the tenant answered in the period (tenant time zone), each event id once
 *   (the events table is ordered by tenant, type and date, so this reads one contiguous range), with scores in
 *   their survey's scale only (NPS 0–10, CSAT 1–5); channel, account and campaign filters as the Overview's NPS
 *   (a campaign filter keeps contacts who got a message of the campaign on the same account).
 * - credited agent: the survey's own agentId, else the last assignee of its conversation (conversation_facts_v,
 *   looked up only for answers without an agent, by channel, account, contact and the source's conversation id;
 *   without a source conversation id that row is the contact's whole thread with the account, so the assignee
 *   is the contact's latest one). The agent filter applies to the credited agent.
 * - {withComments}: only answers with a comment, and the comment text (text is read only then).
 */
export function surveyAnswersWith(db: string, withComments: boolean): string {
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
assignees AS
(
    SELECT channel, account_id, contact_id, conversation_id, ifNull(assigned_agent_id, '') AS assignee
    FROM ${db}.conversation_facts_v
    WHERE tenant_id = {tenant:String}
        AND (channel, account_id, contact_id, conversation_id) IN (
            SELECT ch, account, contact, conversation FROM answers WHERE survey_agent = ''
        )
),
credited AS
(
    SELECT a.*, if(a.survey_agent != '', a.survey_agent, s.assignee) AS agent
    FROM answers AS a
    LEFT JOIN assignees AS s
        ON s.channel = a.ch AND s.account_id = a.account AND s.contact_id = a.contact AND s.conversation_id = a.conversation
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
