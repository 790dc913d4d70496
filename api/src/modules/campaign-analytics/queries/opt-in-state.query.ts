import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { TOUCH_WINDOW_WITH } from './touch-window.fragment';

export interface OptInStateRow {
  /** 64-bit, a string. */
  events: string;
  /** Latest ingest time (epoch ms as a string). */
  latest: string;
}

/**
 * What conversationStatsQuery reads from `events` (not a rollup): the tenant's consent events of the period and the
 * window after it, as a count and the latest ingest time. Any insert there (a new, late or replayed event)
 * changes it, so remembered opt-in figures are used only while it is the same.
 */
export function optInStateQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH ${TOUCH_WINDOW_WITH}
SELECT toString(count()) AS events, toString(toUnixTimestamp64Milli(max(ingested_at))) AS latest
FROM ${db}.events
WHERE tenant_id = {tenant:String}
    AND type = 'consent.updated'
    AND occurred_at >= period_start
    AND occurred_at < period_end + toIntervalDay({windowDays:UInt16})`;
}
