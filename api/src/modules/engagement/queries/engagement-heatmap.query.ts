import type { StatsColumns } from './engagement-scope.fragment';
import { ROLLUP_STATS_COLUMNS, rollupSource, type EngagementRollup } from './engagement-rollup.fragment';

export interface EngagementHeatmapRow extends StatsColumns {
  /** 1 = Monday … 7 = Sunday, tenant's time zone. */
  day_of_week: number;
  hour: number;
}

/**
 * Engagement figures per hour of the week the messages were sent (first seen), in the tenant's time zone, from
 * the rollup's 15-minute buckets (each lies inside one local hour).
 */
export function engagementHeatmapQuery(database: string, rollup: EngagementRollup): string {
  return `
SELECT
    toDayOfWeek(r.bucket, 0, {tz:String}) AS day_of_week,
    toHour(toTimeZone(r.bucket, {tz:String})) AS hour,
    ${ROLLUP_STATS_COLUMNS}
${rollupSource(database, rollup)}
GROUP BY day_of_week, hour
ORDER BY day_of_week, hour`;
}
