import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import type { StatsColumns } from './engagement-scope.fragment';
import { ROLLUP_STATS_COLUMNS, ROLLUP_WHERE } from './engagement-rollup.fragment';

/** One row per day of first sight (tenant's time zone) and one for the whole period (day ''). */
export interface EngagementStatsRow extends StatsColumns {
  day: string;
}

/** Engagement figures for the period and per day, from the rollup. */
export function engagementStatsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    if(grouping(day_of_period) = 1, '', toString(day_of_period)) AS day,
    ${ROLLUP_STATS_COLUMNS}
FROM ${db}.message_engagement AS r
WHERE ${ROLLUP_WHERE}
GROUP BY GROUPING SETS ((toDate(r.bucket, {tz:String}) AS day_of_period), ())
ORDER BY day`;
}
