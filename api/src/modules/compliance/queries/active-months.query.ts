import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { IN_RANGE } from './message-purpose.fragment';

export interface ActiveMonthRow {
  /** YYYYMM of a UTC month with at least one event. */
  month: number;
}

/** The UTC months of the range in which the tenant has events (the table is partitioned by month). */
export function activeMonthsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT DISTINCT toYYYYMM(occurred_at) AS month
FROM ${db}.events
WHERE tenant_id = {tenant:String}
    AND ${IN_RANGE}
ORDER BY month`;
}
