/**
 * The period's survey answers with the conversation and agent each is credited to, as the WITH clause `credited`
 * every satisfaction query shares. It reads `survey_answers` (warehouse migration 0016), where each answer already
 * carries its conversation: the support conversation of the same channel, account and contact that started last at
 * or before the answer, and at most 30 days before it — as of the rollups' last rebuild, like the Support page.
 *
 * - answers answered in the period (tenant time zone), channel, account and campaign filters as the Overview's NPS
 *   (a campaign filter keeps contacts who got a message of the campaign on the same account);
 * - credited agent: the survey's own agentId, else the conversation's credited agent (its first responder, else its
 *   last assignee — as on the Support page); the agent filter applies to it;
 * - {withComments}: only answers with a comment, and the comment text.
 */
export function surveyAnswersWith(db: string, withComments: boolean): string {
  return `
credited AS
(
    SELECT
        id,
        survey,
        answer,
        answered_at,
        channel AS ch,
        conversation_id AS conversation,
        conversation_key,
        if(survey_agent != '', survey_agent, conversation_agent) AS agent${withComments ? ',\n        comment' : ''}
    FROM ${db}.survey_answers
    WHERE tenant_id = {tenant:String}
        AND answered_at >= toDateTime({from:Date}, {tz:String})
        AND answered_at < toDateTime(addDays({to:Date}, 1), {tz:String})${withComments ? "\n        AND comment != ''" : ''}
        AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
        AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
        AND (NOT {filterCampaigns:Bool} OR (channel, account_id, contact_id) IN (
            SELECT channel, account_id, contact_id
            FROM ${db}.message_facts_v
            WHERE tenant_id = {tenant:String} AND campaign_id IN {campaigns:Array(String)}
        ))
        AND (NOT {filterAgents:Bool} OR agent IN {agents:Array(String)})
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
