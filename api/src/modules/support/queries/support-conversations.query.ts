import type { SlaKind } from '../../sla-settings/sla-settings-value';
import { conversationsSource, type SupportSqlShape } from './support-scope.fragment';

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

/** The judgement column of each breach kind (conversationsSource). */
const BREACHED: Record<SlaKind, 'first' | 'next' | 'resolution'> = {
  FIRST_RESPONSE: 'first',
  NEXT_REPLY: 'next',
  RESOLUTION: 'resolution',
};

/**
 * The conditions a conversation list narrows by: a team ({filterTeam}: the TEAM group key) and a breached SLA
 * kind (`breach`, null = any conversation; a kind without a target selects nothing). The kind shapes the SQL, so
 * only its own judgement is computed: a NEXT_REPLY list walks every conversation's replies, the others do not.
 */
export function listWhere(shape: SupportSqlShape, breach: SlaKind | null): string {
  const team = '(NOT {filterTeam:Bool} OR team_key = {team:String})';
  if (breach === null) return team;
  const target = BREACHED[breach];
  return `${team}\n    AND ${shape[target] === null ? 'false' : `${target}_breached`}`;
}

/** The table's columns conversationsSource reads for a listed conversation. */
const LISTED_COLUMNS = `started_at, key, channel, account_id, contact_id, agent_id, team_id, frt_from, first_response_at,
            resolved_at, reopened, bot_handoff_at, customer_messages, agent_messages, pending_since, replies`;

/**
 * The period's conversations newest first, after the cursor (start ms, key), at most {limit}. The page is chosen
 * first (from the judgements the narrowing needs); only its rows get their longest reply and breaches computed.
 */
export function supportConversationsQuery(database: string, shape: SupportSqlShape, breach: SlaKind | null): string {
  const page = `(
            SELECT ${LISTED_COLUMNS}
            FROM ${conversationsSource(database, shape, { replies: breach === 'NEXT_REPLY' })}
            WHERE ${listWhere(shape, breach)}
                AND (NOT {filterAfter:Bool} OR (start_ms, key) < ({afterMs:Int64}, {afterKey:String}))
            ORDER BY start_ms DESC, key DESC
            LIMIT {limit:UInt32}
        )`;
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
    frt,
    answered,
    has_reply,
    longest_reply,
    toString(toUnixTimestamp64Milli(resolved_at)) AS resolved_ms,
    resolution,
    is_resolved,
    reopened,
    toString(toUnixTimestamp64Milli(bot_handoff_at)) AS bot_handoff_ms,
    customer_messages,
    agent_messages,
    breaches
FROM ${conversationsSource(database, shape, { replies: true, rows: page })}
ORDER BY start_ms DESC, key DESC`;
}
