import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { DRILL_DOWN_WHERE } from './engagement-drill-down.fragment';
import { ENGAGEMENT_MESSAGES_WHERE } from './engagement-scope.fragment';

export interface EngagementMessageCountRow {
  total: number;
}

/** How many messages a drill-down selects, whatever the page (from the same rollup as the list). */
export function engagementMessageCountQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT toUInt32(count()) AS total
FROM ${db}.message_outcomes
WHERE ${ENGAGEMENT_MESSAGES_WHERE}
    AND ${DRILL_DOWN_WHERE}`;
}
