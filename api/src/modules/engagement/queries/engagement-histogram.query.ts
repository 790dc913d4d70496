import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { BUCKET, ENGAGEMENT_MESSAGES_WHERE, TIMED_READ } from './engagement-scope.fragment';

export interface EngagementHistogramRow {
  /** 0 = under the first edge … edges.length = at or over the last edge. */
  bucket: number;
  count: number;
}

/** Timed reads per time-to-read bucket; buckets without reads are absent. */
export function engagementHistogramQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    toUInt8(${BUCKET}) AS bucket,
    toUInt32(count()) AS count
FROM ${db}.message_facts_v
WHERE ${ENGAGEMENT_MESSAGES_WHERE}
    AND ${TIMED_READ}
GROUP BY bucket
ORDER BY bucket`;
}
