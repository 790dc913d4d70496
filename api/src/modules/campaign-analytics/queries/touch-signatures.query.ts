import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { firstMessagesSelect } from './first-messages.fragment';
import { TOUCH_WINDOW_WITH } from './touch-window.fragment';

/** One distinct source signature; `at_ms` is an instant on the signature's local day (epoch ms as a string). */
export interface TouchSignatureRow {
  sig: string;
  channel: string;
  at_ms: string;
  kind: string;
  ad_id: string;
  payload: string;
  ref: string;
  context: string;
  utm_source: string;
  utm_medium: string;
  utm_campaign: string;
  codes: string[];
  /** The first message's text when campaign codes may be written in it without a marker, else ''. */
  text: string;
}

/**
 * The distinct sources (and local days) of conversations started from `touch_start` to the period's end, over
 * all channels and accounts: few rows (sources × days), matched to campaigns in TypeScript with matchCampaign.
 */
export function touchSignaturesQuery(database: string, { codeChunks }: { codeChunks: number }): string {
  const db = quoteIdentifier(database);
  return `
WITH ${TOUCH_WINDOW_WITH}
SELECT
    sig,
    any(channel) AS channel,
    toString(toUnixTimestamp64Milli(min(at))) AS at_ms,
    any(stored_kind) AS kind,
    any(touch_ad_id) AS ad_id,
    any(touch_payload) AS payload,
    any(touch_ref) AS ref,
    any(touch_context) AS context,
    any(utm_source) AS utm_source,
    any(utm_medium) AS utm_medium,
    any(utm_campaign) AS utm_campaign,
    any(touch_codes) AS codes,
    any(scanned_text) AS text
FROM (${firstMessagesSelect(db, { codeChunks })})
GROUP BY sig`;
}
