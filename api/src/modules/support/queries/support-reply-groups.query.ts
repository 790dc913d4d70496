import {
  DISTINCT_CONVERSATIONS,
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
 * Agent-message figures per group and for the whole period: conversations handled and messages sent (workload),
 * reply times of the messages that answered something, and next-reply SLA over replies after the first response.
 */
export function supportReplyGroupsQuery(database: string, shape: SupportSqlShape, groupBy: SupportGroupKey): string {
  return `
SELECT
    ${groupKey(groupBy)} AS group_key,
    toUInt8(grouping(group_key)) AS is_total,
    toUInt32(${DISTINCT_CONVERSATIONS}) AS handled,
    toUInt32(count()) AS agent_messages,
    ${statsColumns('reply', 'reply', 'answered')},
    toUInt32(countIf(next_measured)) AS next_measured_count,
    toUInt32(countIf(next_within)) AS next_within_count
FROM ${repliesSource(database, shape)}
GROUP BY GROUPING SETS ((group_key), ())`;
}
