import { quoteIdentifier } from '@checkmark/schemas/warehouse';

export interface ComplaintsRow {
  day: string;
  complaints: number;
}

/**
 * Complaints (blocks, spam reports, marketing stops, negative feedback, unsubscribe requests) by day in the
 * tenant's time zone, on channels that report delivery (the complaint rate divides by delivered messages).
 * Each event id counts once. A campaign filter selects complaints naming the campaign or about one of its
 * messages; an agent filter, complaints about a message those agents sent.
 */
export function complaintsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    toString(complaint_day) AS day,
    toUInt32(count()) AS complaints
FROM
(
    SELECT id, any(toDate(occurred_at, {tz:String})) AS complaint_day
    FROM ${db}.events
    WHERE tenant_id = {tenant:String}
        AND type = 'complaint.recorded'
        AND occurred_at >= toDateTime({from:Date}, {tz:String})
        AND occurred_at < toDateTime(addDays({to:Date}, 1), {tz:String})
        AND channel IN {deliveryChannels:Array(String)}
        AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
        AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
        AND (NOT {filterAgents:Bool} OR related_message_id IN (
            SELECT message_id
            FROM ${db}.message_facts_v
            WHERE tenant_id = {tenant:String} AND agent_id IN {agents:Array(String)}
        ))
        AND (NOT {filterCampaigns:Bool} OR campaign_id IN {campaigns:Array(String)} OR related_message_id IN (
            SELECT message_id
            FROM ${db}.message_facts_v
            WHERE tenant_id = {tenant:String} AND campaign_id IN {campaigns:Array(String)}
        ))
    GROUP BY id
)
GROUP BY complaint_day
ORDER BY day`;
}
