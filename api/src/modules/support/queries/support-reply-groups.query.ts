import {
  CONVERSATION_NUMBER,
  groupKey,
  repliesSource,
  statsColumns,
  type SupportGroupKey,
  type SupportSqlShape,
} from './support-scope.fragment';

export interface SupportReplyGroupRow {
  group_key: string;
  /** 1 on the row of the whole period. */
  is_total: number;
  handled: number;
  agent_messages: number;
  reply_count: number;
  reply_quantiles: number[];
  reply_mean: number | null;
  next_measured_count: number;
  next_within_count: number;
}

/**
 * Conversations handled: every conversation with an agent message has one first response, so counting those
 * answers the whole period and any grouping a conversation has one value of (channel, account, start day or week);
 * an agent counts their own first messages in each conversation (support_replies.agent_first, warehouse 0017). A
 * team (two of its agents may answer one conversation) and an agent filter (the first response may be another
 * agent's) need the distinct count; uniqExactIf with the filter flag costs nothing when the flag is off.
 */
function handledColumn(groupBy: SupportGroupKey): string {
  const whole = `if({filterAgents:Bool}, uniqExactIf(${CONVERSATION_NUMBER}, {filterAgents:Bool}), countIf(first_response))`;
  const group =
    groupBy === 'AGENT' ? 'countIf(agent_first)' : groupBy === 'TEAM' ? `uniqExact(${CONVERSATION_NUMBER})` : whole;
  return `toUInt32(if(grouping(group_key) = 1, ${whole}, ${group}))`;
}

/**
 * Agent-message figures per group and for the whole period: conversations handled and messages sent (workload),
 * reply times of the messages that answered something, and next-reply SLA over replies after the first response.
 */
export function supportReplyGroupsQuery(database: string, shape: SupportSqlShape, groupBy: SupportGroupKey): string {
  return `
SELECT
    ${groupKey(groupBy)} AS group_key,
    toUInt8(grouping(group_key)) AS is_total,
    ${handledColumn(groupBy)} AS handled,
    toUInt32(count()) AS agent_messages,
    ${statsColumns('reply', 'reply', 'answered')},
    toUInt32(countIf(next_measured)) AS next_measured_count,
    toUInt32(countIf(next_within)) AS next_within_count
FROM ${repliesSource(database, shape)}
GROUP BY GROUPING SETS ((group_key), ())`;
}
