import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { ENGAGEMENT_MESSAGES_WHERE, GROUP_KEY, STATS_COLUMNS, type StatsColumns } from './engagement-scope.fragment';

export interface EngagementGroupRow extends StatsColumns {
  group_key: string;
  /** The channel for channel and account groups, else ''. */
  group_channel: string;
}

/** Engagement figures per group of one dimension, most sent first, at most {limit} groups. */
export function engagementGroupsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    group_key,
    group_channel,
    ${STATS_COLUMNS}
FROM
(
    SELECT
        *,
        ${GROUP_KEY} AS group_key,
        if({dimension:String} IN ('channel', 'account'), channel, '') AS group_channel
    FROM ${db}.message_facts_v
    WHERE ${ENGAGEMENT_MESSAGES_WHERE}
)
GROUP BY group_key, group_channel
ORDER BY sent DESC, group_key, group_channel
LIMIT {limit:UInt32}`;
}
