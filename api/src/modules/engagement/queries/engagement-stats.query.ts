import type { StatsColumns } from './engagement-scope.fragment';
import { ROLLUP_STATS_COLUMNS, rollupSource, type EngagementRollup } from './engagement-rollup.fragment';

/** One row per day of first sight (tenant's time zone) and one for the whole period (day ''). */
export interface EngagementStatsRow extends StatsColumns {
  day: string;
}

/** Engagement figures for the period and per day, from the rollup. */
export function engagementStatsQuery(database: string, rollup: EngagementRollup): string {
  return `
SELECT
    if(grouping(day_of_period) = 1, '', toString(day_of_period)) AS day,
    ${ROLLUP_STATS_COLUMNS}
${rollupSource(database, rollup)}
GROUP BY GROUPING SETS ((toDate(r.bucket, {tz:String}) AS day_of_period), ())
ORDER BY day`;
}
