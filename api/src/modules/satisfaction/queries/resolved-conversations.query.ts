import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { satisfactionGroupKey } from './survey-answers.fragment';

/** Resolved conversations for the selection (part 'total', key '') and per group. */
export interface ResolvedConversationsRow {
  part: 'total' | 'group';
  key: string;
  resolved: number;
}

/**
 * Conversations resolved in the period (tenant time zone): rows of conversation_facts_v whose last resolution
 * falls in the period and was not followed by a reopening, credited to the last assignee (the agent filter and
 * the AGENT/TEAM groups use it). Channel, account and campaign filters as for the answers. A source without
 * conversation ids has one row per contact and account, so such a thread counts at most once.
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
    SELECT channel AS ch, ifNull(assigned_agent_id, '') AS agent, last_resolved_at, last_reopened_at
    FROM ${db}.conversation_facts_v
    WHERE tenant_id = {tenant:String}
        AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
        AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
        AND (NOT {filterCampaigns:Bool} OR (channel, account_id, contact_id) IN (
            SELECT channel, account_id, contact_id
            FROM ${db}.message_facts_v
            WHERE tenant_id = {tenant:String} AND campaign_id IN {campaigns:Array(String)}
        ))
)
WHERE last_resolved_at >= toDateTime({from:Date}, {tz:String})
    AND last_resolved_at < toDateTime(addDays({to:Date}, 1), {tz:String})
    AND (last_reopened_at IS NULL OR last_reopened_at < last_resolved_at)
    AND (NOT {filterAgents:Bool} OR agent IN {agents:Array(String)})
GROUP BY GROUPING SETS ((), (${satisfactionGroupKey('last_resolved_at')} AS group_key))
ORDER BY part, key`;
}
