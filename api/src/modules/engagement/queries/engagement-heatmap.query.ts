import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { ENGAGEMENT_MESSAGES_WHERE, FIRST_SEEN, STATS_COLUMNS, type StatsColumns } from './engagement-scope.fragment';

export interface EngagementHeatmapRow extends StatsColumns {
  /** 1 = Monday … 7 = Sunday, tenant's time zone. */
  day_of_week: number;
  hour: number;
}

/** Engagement figures per hour of the week the messages were sent (first seen), in the tenant's time zone. */
export function engagementHeatmapQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    day_of_week,
    hour,
    ${STATS_COLUMNS}
FROM
(
    SELECT
        *,
        toDayOfWeek(${FIRST_SEEN}, 0, {tz:String}) AS day_of_week,
        toHour(toTimeZone(${FIRST_SEEN}, {tz:String})) AS hour
    FROM ${db}.message_facts_v
    WHERE ${ENGAGEMENT_MESSAGES_WHERE}
)
GROUP BY day_of_week, hour
ORDER BY day_of_week, hour`;
}
