import { GROUP_KEY, type StatsColumns } from './engagement-scope.fragment';
import { ROLLUP_STATS_COLUMNS, rollupSource, type EngagementRollup } from './engagement-rollup.fragment';

export interface EngagementGroupRow extends StatsColumns {
  group_key: string;
  /** The channel for channel and account groups, else ''. */
  group_channel: string;
}

/** Engagement figures per group of one dimension, most sent first, at most {limit} groups, from the rollup. */
export function engagementGroupsQuery(database: string, rollup: EngagementRollup): string {
  return `
SELECT
    ${GROUP_KEY} AS group_key,
    if({dimension:String} IN ('channel', 'account'), channel, '') AS group_channel,
    ${ROLLUP_STATS_COLUMNS}
${rollupSource(database, rollup)}
GROUP BY group_key, group_channel
ORDER BY sent DESC, group_key, group_channel
LIMIT {limit:UInt32}`;
}
