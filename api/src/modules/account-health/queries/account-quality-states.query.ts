import { quoteIdentifier } from '@checkmark/schemas/warehouse';

/** The latest account.quality_changed state of one account; '' where no event said. */
export interface AccountQualityStateRow {
  channel: string;
  account_id: string;
  latest_scope: string;
  latest_rating: string;
  latest_status: string;
  latest_limit: string;
  /** Milliseconds since the epoch of the latest event that reported a limit; '' when none did. */
  limit_changed_at_ms: string;
  /** The business portfolio (WABA) the latest event naming one said; '' when none did. */
  latest_portfolio: string;
  /** Milliseconds since the epoch of the latest event (64-bit, so a string). */
  changed_at_ms: string;
  /** When the trailing run of FLAGGED statuses began; '' unless the latest reported status is FLAGGED. */
  flagged_since_ms: string;
}

/**
 * Per account, the fields of its latest account.quality_changed event by (occurred_at, id), so events arriving
 * out of order change nothing. Fields an event leaves out ('' — e.g. a limit-only update) keep the last value
 * some event reported; the portfolio comes from the payload (portfolioId is not a promoted column). Replays of one
 * event id carry the same values, so they need no FINAL here.
 */
export function accountQualityStatesQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH
    arraySort(x -> (x.1, x.2), groupArrayIf((occurred_at, id, status), status != '')) AS statuses,
    arrayLastIndex(x -> x.3 != 'FLAGGED', statuses) AS last_unflagged
SELECT
    channel,
    account_id,
    argMaxIf(quality_scope, (occurred_at, id), quality_scope != '') AS latest_scope,
    argMaxIf(quality_rating, (occurred_at, id), quality_rating != '') AS latest_rating,
    argMaxIf(status, (occurred_at, id), status != '') AS latest_status,
    argMaxIf(messaging_limit, (occurred_at, id), messaging_limit != '') AS latest_limit,
    if(countIf(messaging_limit != '') = 0, '', toString(toUnixTimestamp64Milli(maxIf(occurred_at, messaging_limit != ''))))
        AS limit_changed_at_ms,
    argMaxIf(JSONExtractString(payload, 'portfolioId'), (occurred_at, id), JSONExtractString(payload, 'portfolioId') != '')
        AS latest_portfolio,
    toString(toUnixTimestamp64Milli(max(occurred_at))) AS changed_at_ms,
    if(
        length(statuses) > last_unflagged,
        toString(toUnixTimestamp64Milli(statuses[last_unflagged + 1].1)),
        ''
    ) AS flagged_since_ms
FROM ${db}.events
WHERE tenant_id = {tenant:String}
    AND type = 'account.quality_changed'
    AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
    AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
GROUP BY channel, account_id
ORDER BY channel, account_id`;
}
