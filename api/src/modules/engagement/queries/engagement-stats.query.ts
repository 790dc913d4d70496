import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { ENGAGEMENT_MESSAGES_WHERE, FIRST_SEEN, STATS_COLUMNS, type StatsColumns } from './engagement-scope.fragment';

/** One row per day of first sight (tenant's time zone) and one for the whole period (day ''). */
export interface EngagementStatsRow extends StatsColumns {
  day: string;
}

/** Engagement figures for the period and per day. */
export function engagementStatsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    if(grouping(day_of_period) = 1, '', toString(day_of_period)) AS day,
    ${STATS_COLUMNS}
FROM
(
    SELECT *, toDate(${FIRST_SEEN}, {tz:String}) AS day_of_period
    FROM ${db}.message_facts_v
    WHERE ${ENGAGEMENT_MESSAGES_WHERE}
)
GROUP BY GROUPING SETS ((day_of_period), ())
ORDER BY day`;
}
