import { conversationsSource, inBasis } from './support-scope.fragment';

export interface SupportConversationRow {
  key: string;
  started_ms: string;
  channel: string;
  account_id: string;
  contact_id: string;
  agent_id: string;
  team_key: string;
  first_response_ms: string | null;
  frt: number;
  answered: boolean;
  has_reply: boolean;
  longest_reply: number;
  resolved_ms: string | null;
  resolution: number;
  is_resolved: boolean;
  reopened: boolean;
  bot_handoff_ms: string | null;
  customer_messages: number;
  agent_messages: number;
  breaches: string[];
}

/**
 * The conditions a conversation list narrows by: a team ({filterTeam}: the TEAM group key) and a breached SLA
 * kind ({breach}, '' = any conversation).
 */
export const LIST_WHERE = `(NOT {filterTeam:Bool} OR team_key = {team:String})
    AND ({breach:String} = '' OR has(breaches, {breach:String}))`;

/** The period's conversations newest first, after the cursor (start ms, key), at most {limit}. */
export function supportConversationsQuery(database: string, slots: number): string {
  return `
SELECT
    key,
    toString(start_ms) AS started_ms,
    channel,
    account_id,
    contact_id,
    agent_id,
    team_key,
    toString(toUnixTimestamp64Milli(first_response_at)) AS first_response_ms,
    ${inBasis('frt')} AS frt,
    answered,
    has_reply,
    longest_reply,
    toString(toUnixTimestamp64Milli(resolved_at)) AS resolved_ms,
    ${inBasis('resolution')} AS resolution,
    is_resolved,
    reopened,
    toString(toUnixTimestamp64Milli(bot_handoff_at)) AS bot_handoff_ms,
    customer_messages,
    agent_messages,
    breaches
FROM ${conversationsSource(database, slots)}
WHERE ${LIST_WHERE}
    AND (NOT {filterAfter:Bool} OR (start_ms, key) < ({afterMs:Int64}, {afterKey:String}))
ORDER BY start_ms DESC, key DESC
LIMIT {limit:UInt32}`;
}
