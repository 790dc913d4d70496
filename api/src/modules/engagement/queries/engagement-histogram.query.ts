import { ROLLUP_HISTOGRAM, rollupSource, type EngagementRollup } from './engagement-rollup.fragment';

export interface EngagementHistogramRow {
  /** 0 = under the first edge … edges.length = at or over the last edge. */
  bucket: number;
  count: number;
}

/**
 * Timed reads per time-to-read bucket, from the rollup's histograms (their edges are READ_TIME_BUCKET_EDGES,
 * fixed in warehouse migration 0006); buckets without reads are absent.
 */
export function engagementHistogramQuery(database: string, rollup: EngagementRollup): string {
  return `
SELECT
    toUInt8(position - 1) AS bucket,
    toUInt32(reads) AS count
FROM
(
    SELECT ${ROLLUP_HISTOGRAM} AS counts
        ${rollupSource(database, rollup)}
)
ARRAY JOIN counts AS reads, arrayEnumerate(counts) AS position
WHERE reads > 0
ORDER BY bucket`;
}
