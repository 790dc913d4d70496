/**
 * WHERE clause of the period's complaints in the analytics scope, for a FROM on `events` (`db` is quoted): tenant
 * time zone, channels that report delivery (the complaint rate divides by delivered messages), channel and account
 * filters; a campaign filter selects complaints naming the campaign or about one of its messages, an agent filter
 * complaints about a message those agents sent.
 */
export function complaintsInScopeWhere(db: string): string {
  return `    WHERE tenant_id = {tenant:String}
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
        ))`;
}
