import { quoteIdentifier } from '@checkmark/schemas/warehouse';

/** Milliseconds since the epoch as strings (64-bit); '' when the tenant has no such events. */
export interface DetectionProgressRow {
  /** Latest ingested_at of the tenant's events: the next run's watermark. */
  max_ingested_ms: string;
  /** Earliest occurred_at of the events ingested at or after {sinceMs}: where late data begins. */
  earliest_since_ms: string;
  /** Earliest occurred_at of all the tenant's events: where a full run begins. */
  earliest_ms: string;
}

/**
 * What arrived since the last detection run. `>=` the previous watermark re-reads its own millisecond, so an event
 * ingested in the same millisecond as the last one seen is not missed.
 */
export function detectionProgressQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    if(count() = 0, '', toString(toUnixTimestamp64Milli(max(ingested_at)))) AS max_ingested_ms,
    if(countIf(ingested_at >= fromUnixTimestamp64Milli({sinceMs:Int64}, 'UTC')) = 0, '',
        toString(toUnixTimestamp64Milli(minIf(occurred_at, ingested_at >= fromUnixTimestamp64Milli({sinceMs:Int64}, 'UTC')))))
        AS earliest_since_ms,
    if(count() = 0, '', toString(toUnixTimestamp64Milli(min(occurred_at)))) AS earliest_ms
FROM ${db}.events
WHERE tenant_id = {tenant:String}`;
}
