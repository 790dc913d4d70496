import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { satisfactionGroupKey } from './survey-answers.fragment';

/** Resolved conversations for the selection (part 'total', key '') and per group. */
export interface ResolvedConversationsRow {
  part: 'total' | 'group';
  key: string;
  resolved: number;
}

/**
 * Support conversations (support_conversations, warehouse migration 0012, as of its last rebuild) resolved in the
 * period (tenant time zone): resolved_at is the last resolution unless a reopening followed it. Each is credited to
 * the conversation's credited agent (first responder, else last assignee), which the agent filter and the
 * AGENT/TEAM groups use. Channel, account and campaign filters as for the answers. The rollup is one row per
 * conversation without aggregate states, so reading the tenant's rows is cheap.
 */
export function resolvedConversationsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    if(grouping(group_key) = 0, 'group', 'total') AS part,
    if(grouping(group_key) = 0, group_key, '') AS key,
    toUInt32(count()) AS resolved
FROM
(
    SELECT channel AS ch, CAST(agent_id, 'String') AS agent, resolved_at
    FROM ${db}.support_conversations
    WHERE tenant_id = {tenant:String}
        AND resolved_at >= toDateTime({from:Date}, {tz:String})
        AND resolved_at < toDateTime(addDays({to:Date}, 1), {tz:String})
        AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
        AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
        AND (NOT {filterCampaigns:Bool} OR (channel, account_id, contact_id) IN (
            SELECT channel, account_id, contact_id
            FROM ${db}.message_facts_v
            WHERE tenant_id = {tenant:String} AND campaign_id IN {campaigns:Array(String)}
        ))
)
WHERE NOT {filterAgents:Bool} OR agent IN {agents:Array(String)}
GROUP BY GROUPING SETS ((), (${satisfactionGroupKey('resolved_at')} AS group_key))
ORDER BY part, key`;
}
