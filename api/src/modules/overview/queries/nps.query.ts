import { quoteIdentifier } from '@checkmark/schemas/warehouse';

export interface NpsRow {
  day: string;
  responses: number;
  promoters: number;
  detractors: number;
}

/**
 * NPS answers (0–10) by day in the tenant's time zone: promoters score 9–10, detractors 0–6. Each event id
 * counts once, so replays change nothing. An agent filter selects answers about those agents; a campaign
 * filter, answers from contacts who got a message of those campaigns on the same account.
 */
export function npsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    toString(answer_day) AS day,
    toUInt32(count()) AS responses,
    toUInt32(countIf(answer >= 9)) AS promoters,
    toUInt32(countIf(answer <= 6)) AS detractors
FROM
(
    SELECT id, any(toDate(occurred_at, {tz:String})) AS answer_day, any(score) AS answer
    FROM ${db}.events
    WHERE tenant_id = {tenant:String}
        AND type = 'survey.answered'
        AND occurred_at >= toDateTime({from:Date}, {tz:String})
        AND occurred_at < toDateTime(addDays({to:Date}, 1), {tz:String})
        AND survey_kind = 'nps'
        AND score IS NOT NULL
        AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
        AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
        AND (NOT {filterAgents:Bool} OR agent_id IN {agents:Array(String)})
        AND (NOT {filterCampaigns:Bool} OR (channel, account_id, contact_id) IN (
            SELECT channel, account_id, contact_id
            FROM ${db}.message_facts_v
            WHERE tenant_id = {tenant:String} AND campaign_id IN {campaigns:Array(String)}
        ))
    GROUP BY id
)
GROUP BY answer_day
ORDER BY day`;
}
