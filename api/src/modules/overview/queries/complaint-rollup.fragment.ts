/**
 * WHERE clause of the complaint rollup's rows in the analytics scope (`complaint_rollup AS r`, warehouse migration
 * 0013): tenant first, the period by 15-minute UTC bucket in the tenant's time zone (a bucket lies wholly inside one
 * local day of every zone), channels that report delivery (the complaint rate divides by delivered messages), the
 * channel and account filters, and the agent and campaign filters on the rows' arrays: a delivery row has its
 * message's agent and campaign; a complaint row the agents of the message it names and its own campaign plus that
 * message's, so an agent filter keeps complaints about a message those agents sent and a campaign filter
 * complaints naming the campaign or about one of its messages.
 */
export const COMPLAINT_ROLLUP_WHERE = `r.tenant_id = {tenant:String}
        AND r.bucket >= toDateTime({from:Date}, {tz:String})
        AND r.bucket < toDateTime(addDays({to:Date}, 1), {tz:String})
        AND r.channel IN {deliveryChannels:Array(String)}
        AND (NOT {filterChannels:Bool} OR r.channel IN {channels:Array(String)})
        AND (NOT {filterAccounts:Bool} OR r.account_id IN {accounts:Array(String)})
        AND (NOT {filterAgents:Bool} OR hasAny(r.agent_ids, {agents:Array(String)}))
        AND (NOT {filterCampaigns:Bool} OR hasAny(r.campaign_ids, {campaigns:Array(String)}))`;
