import { quoteIdentifier } from '@checkmark/schemas/warehouse';

export interface CustomerMessagesRow {
  day: string;
  channel: string;
  received: number;
}

/**
 * Customer messages by day (tenant's time zone) and channel; system notices and reactions are not messages.
 * Each event id counts once, so replayed events change nothing. With an agent or campaign filter, only
 * messages in conversations that got a business message from those agents / campaigns count (a source without
 * conversation ids makes that the contact's whole thread with the account).
 */
export function customerMessagesQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    toString(toDate(occurred_at, {tz:String})) AS day,
    channel,
    toUInt32(uniqExact(id)) AS received
FROM ${db}.events
WHERE tenant_id = {tenant:String}
    AND type = 'message.received'
    AND occurred_at >= toDateTime({from:Date}, {tz:String})
    AND occurred_at < toDateTime(addDays({to:Date}, 1), {tz:String})
    AND content_type NOT IN ('system', 'reaction')
    AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
    AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
    AND (NOT {filterAgents:Bool} OR (channel, account_id, contact_id, conversation_id) IN (
        SELECT channel, account_id, contact_id, conversation_id
        FROM ${db}.message_facts_v
        WHERE tenant_id = {tenant:String} AND agent_id IN {agents:Array(String)}
    ))
    AND (NOT {filterCampaigns:Bool} OR (channel, account_id, contact_id, conversation_id) IN (
        SELECT channel, account_id, contact_id, conversation_id
        FROM ${db}.message_facts_v
        WHERE tenant_id = {tenant:String} AND campaign_id IN {campaigns:Array(String)}
    ))
GROUP BY day, channel
ORDER BY day, channel`;
}
