import { quoteIdentifier } from '@checkmark/schemas/warehouse';

export interface ComplaintCompositionRow {
  kind: string;
  reason: string;
  complaints: number;
}

/**
 * The period's complaints by kind and reason, selected exactly as the Overview's complaint count
 * (overview/queries/complaints.query.ts): tenant time zone, channels that report delivery, each event id once,
 * campaign and agent filters through the message complained about. The service sums kinds and ranks reasons.
 */
export function complaintCompositionQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT kind, reason, toUInt32(count()) AS complaints
FROM
(
    SELECT id, any(complaint_kind) AS kind, any(reason) AS reason
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
GROUP BY kind, reason
ORDER BY kind, reason`;
}
