/**
 * The message_facts_v conditions every template figure shares: the tenant first, template messages only, the
 * analytics filter, and the period by the day a message was first seen (sent, or delivered/failed when the send
 * itself was not reported) in the tenant's time zone — the same rule as the Overview, so counts agree.
 */
export const TEMPLATE_MESSAGES_WHERE = `tenant_id = {tenant:String}
        AND is_template AND template_name != ''
        AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
        AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
        AND (NOT {filterAgents:Bool} OR agent_id IN {agents:Array(String)})
        AND (NOT {filterCampaigns:Bool} OR campaign_id IN {campaigns:Array(String)})
        AND least(sent_at, effective_delivered_at, failed_at) >= toDateTime({from:Date}, {tz:String})
        AND least(sent_at, effective_delivered_at, failed_at) < toDateTime(addDays({to:Date}, 1), {tz:String})`;
