import { quoteIdentifier } from '@checkmark/schemas/warehouse';

/** One account.quality_changed event; '' where the event did not say (the event carries no previous rating). */
export interface AccountQualityHistoryRow {
  id: string;
  /** Milliseconds since the epoch (64-bit, so a string). */
  occurred_at_ms: string;
  quality_scope: string;
  quality_rating: string;
  status: string;
  quality_event: string;
  messaging_limit: string;
  previous_messaging_limit: string;
}

/**
 * Every account.quality_changed event ever ingested for one account, oldest first; ties keep a stable order by
 * event id. FINAL collapses replays of one event id, so a replayed history is the same history.
 */
export function accountQualityHistoryQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    id,
    toString(toUnixTimestamp64Milli(occurred_at)) AS occurred_at_ms,
    quality_scope,
    quality_rating,
    status,
    quality_event,
    messaging_limit,
    previous_messaging_limit
FROM ${db}.events FINAL
WHERE tenant_id = {tenant:String}
    AND type = 'account.quality_changed'
    AND channel = {channel:String}
    AND account_id = {account:String}
ORDER BY occurred_at, id`;
}
