import { quoteIdentifier } from '@checkmark/schemas/warehouse';

/** Per account, the last rating, status and limit some event reported before a moment; '' where none did. */
export interface AccountStateBeforeRow {
  channel: string;
  account_id: string;
  quality_rating: string;
  status: string;
  messaging_limit: string;
}

/**
 * The state each account was in just before {beforeMs}: for each field, the value of the latest earlier event that
 * reported it (by occurred_at, then id — the order the events happened in, whatever order they arrived in).
 */
export function accountStatesBeforeQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    channel,
    account_id,
    argMaxIf(quality_rating, (occurred_at, id), quality_rating != '') AS quality_rating,
    argMaxIf(status, (occurred_at, id), status != '') AS status,
    argMaxIf(messaging_limit, (occurred_at, id), messaging_limit != '') AS messaging_limit
FROM ${db}.events
WHERE tenant_id = {tenant:String}
    AND type = 'account.quality_changed'
    AND occurred_at < fromUnixTimestamp64Milli({beforeMs:Int64}, 'UTC')
    AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
GROUP BY channel, account_id`;
}
