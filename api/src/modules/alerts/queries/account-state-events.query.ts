import { quoteIdentifier } from '@checkmark/schemas/warehouse';

/** One account.quality_changed event; '' where the event did not say. */
export interface AccountStateEventRow {
  id: string;
  channel: string;
  account_id: string;
  /** Milliseconds since the epoch (64-bit, so a string). */
  occurred_at_ms: string;
  quality_rating: string;
  status: string;
  messaging_limit: string;
  previous_messaging_limit: string;
}

/**
 * The tenant's account.quality_changed events since {sinceMs}, in the order they happened (ties by id), optionally
 * only for some accounts. FINAL collapses replays of one event id, so a replay never looks like a new change.
 */
export function accountStateEventsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    id,
    channel,
    account_id,
    toString(toUnixTimestamp64Milli(occurred_at)) AS occurred_at_ms,
    quality_rating,
    status,
    messaging_limit,
    previous_messaging_limit
FROM ${db}.events FINAL
WHERE tenant_id = {tenant:String}
    AND type = 'account.quality_changed'
    AND occurred_at >= fromUnixTimestamp64Milli({sinceMs:Int64}, 'UTC')
    AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
ORDER BY occurred_at, id`;
}
