import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import type { StatsColumns } from './engagement-scope.fragment';
import { ROLLUP_STATS_COLUMNS, ROLLUP_WHERE } from './engagement-rollup.fragment';

export interface EngagementHeatmapRow extends StatsColumns {
  /** 1 = Monday … 7 = Sunday, tenant's time zone. */
  day_of_week: number;
  hour: number;
}

/**
 * Engagement figures per hour of the week the messages were sent (first seen), in the tenant's time zone, from
 * the rollup's 15-minute buckets (each lies inside one local hour).
 */
export function engagementHeatmapQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    toDayOfWeek(r.bucket, 0, {tz:String}) AS day_of_week,
    toHour(toTimeZone(r.bucket, {tz:String})) AS hour,
    ${ROLLUP_STATS_COLUMNS}
FROM ${db}.message_engagement AS r
WHERE ${ROLLUP_WHERE}
GROUP BY day_of_week, hour
ORDER BY day_of_week, hour`;
}
