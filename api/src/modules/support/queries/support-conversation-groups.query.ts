import {
  conversationsSource,
  groupKey,
  statsColumns,
  type SupportGroupKey,
  type SupportSqlShape,
} from './support-scope.fragment';

export interface SupportConversationGroupRow {
  group_key: string;
  /** 1 on the row of the whole period. */
  is_total: number;
  conversations: number;
  resolved: number;
  reopened_count: number;
  bot_handoffs: number;
  frt_count: number;
  frt_quantiles: number[];
  frt_mean: number | null;
  resolution_count: number;
  resolution_quantiles: number[];
  resolution_mean: number | null;
  first_measured_count: number;
  first_within_count: number;
  resolution_measured_count: number;
  resolution_within_count: number;
}

/** Conversation figures per group and for the whole period (GROUPING SETS), most conversations first. */
export function supportConversationGroupsQuery(
  database: string,
  shape: SupportSqlShape,
  groupBy: SupportGroupKey,
): string {
  return `
SELECT
    ${groupKey(groupBy)} AS group_key,
    toUInt8(grouping(group_key)) AS is_total,
    toUInt32(count()) AS conversations,
    toUInt32(countIf(is_resolved)) AS resolved,
    toUInt32(countIf(reopened)) AS reopened_count,
    toUInt32(countIf(bot_handoff_at IS NOT NULL)) AS bot_handoffs,
    ${statsColumns('frt', 'frt', 'answered')},
    ${statsColumns('resolution', 'resolution', 'is_resolved')},
    toUInt32(countIf(first_measured)) AS first_measured_count,
    toUInt32(countIf(first_within)) AS first_within_count,
    toUInt32(countIf(resolution_measured)) AS resolution_measured_count,
    toUInt32(countIf(resolution_within)) AS resolution_within_count
FROM ${conversationsSource(database, shape)}
GROUP BY GROUPING SETS ((group_key), ())
ORDER BY is_total DESC, conversations DESC, group_key`;
}
