import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { consentAtSendRollupWith, PERIOD_BOUNDS } from './consent-at-send.fragment';

/** One group of coverage; counts are of the group's business messages in the period. */
export interface ConsentCoverageQueryRow {
  /** Account id, campaign id ('' = none), channel, or the tenant-local day YYYY-MM-DD. */
  key: string;
  /** The account's channel when grouped by account (accounts are per channel), else ''. */
  account_channel: string;
  messages: number;
  business_initiated: number;
  covered: number;
  no_consent: number;
  after_opt_out: number;
  purpose_mismatch: number;
}

/**
 * Consent coverage of the period's business messages grouped by {groupBy} ('account', 'campaign', 'channel',
 * 'day' in the tenant's time zone), from the consent-at-send rollup (the shared definition, as of its last rebuild):
 * business-initiated messages, those covered, and the messages of each consent violation kind.
 */
export function consentCoverageQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH ${consentAtSendRollupWith(db, PERIOD_BOUNDS)}
SELECT
    multiIf(
        {groupBy:String} = 'account', toString(account_id),
        {groupBy:String} = 'campaign', toString(campaign_id),
        {groupBy:String} = 'channel', toString(channel),
        toString(toDate(sent_at, {tz:String}))) AS key,
    if({groupBy:String} = 'account', toString(channel), '') AS account_channel,
    toUInt32(count()) AS messages,
    toUInt32(countIf(business_initiated)) AS business_initiated,
    toUInt32(countIf(covered)) AS covered,
    toUInt32(countIf(consent_kind = 'NO_CONSENT')) AS no_consent,
    toUInt32(countIf(consent_kind = 'AFTER_OPT_OUT')) AS after_opt_out,
    toUInt32(countIf(consent_kind = 'PURPOSE_MISMATCH')) AS purpose_mismatch
FROM consent_at_send
GROUP BY key, account_channel
ORDER BY key, account_channel`;
}
