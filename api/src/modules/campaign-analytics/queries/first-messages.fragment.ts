/** Needles per multi-search call (ClickHouse accepts at most 255). */
export const MAX_NEEDLES = 255;

/**
 * Conversation starts (first customer messages, rebuilt by the refreshable view `conversation_starts_mv`,
 * migration 0008, as copied with the contact's number and next opt-in to `campaign_starts`, migration 0011) from `touch_start` to the period's end, with their parsed source and `sig`, a hash of
 * everything campaign matching reads (the stored source hash, the local day, and the text when scanned). The
 * service matches each distinct signature with matchCampaign in TypeScript and passes the result back as
 * {sigs}→{sigKeys} (campaign keys) and {kindSigs}→{kinds} (source kinds changed by campaign codes found in the
 * text); a signature not listed is organic with its stored kind.
 *
 * `codeChunks` (fixed by the caller, never user input): how many parameter arrays {knownCodes0}, {knownCodes1}, …
 * hold the tenant's campaign QR / prefill codes to look for without a marker (at most MAX_NEEDLES each, the limit
 * of ClickHouse's multi-search); 0 = none. Then `known_codes` lists those found in the text ignoring case (a
 * pre-filter — the service runs extractTouchpoint on the text for the exact rule) and the text becomes part of the
 * signature. One multi-search per chunk with constant needles: a per-code search builds a searcher per row and
 * code, several times slower.
 */
export function firstMessagesSelect(db: string, { codeChunks }: { codeChunks: number }): string {
  const knownCodes = knownCodesIn('s.text', codeChunks);
  return `
SELECT
    id,
    at,
    channel,
    account_id,
    contact_id,
    contact_no,
    next_opt_in_at,
    conversation_id,
    stored_kind,
    touch_ad_id,
    touch_click_id,
    touch_payload,
    touch_ref,
    touch_ref_source,
    touch_context,
    utm_source,
    utm_medium,
    utm_campaign,
    touch_codes,
    known_codes,
    scanned_text,
    sig,
    transform(sig, {sigs:Array(String)}, {sigKeys:Array(String)}, '') AS campaign_key,
    transform(sig, {kindSigs:Array(String)}, {kinds:Array(String)}, stored_kind) AS source_kind
FROM
(
    SELECT
        s.id AS id,
        s.started_at AS at,
        toString(s.channel) AS channel,
        toString(s.account_id) AS account_id,
        s.contact_id AS contact_id,
        s.contact_no AS contact_no,
        s.next_opt_in_at AS next_opt_in_at,
        s.conversation_id AS conversation_id,
        toString(s.touch_kind) AS stored_kind,
        s.touch_ad_id AS touch_ad_id,
        s.touch_click_id AS touch_click_id,
        s.touch_payload AS touch_payload,
        s.touch_ref AS touch_ref,
        s.touch_ref_source AS touch_ref_source,
        s.touch_context AS touch_context,
        toString(s.touch_utm_source) AS utm_source,
        toString(s.touch_utm_medium) AS utm_medium,
        toString(s.touch_utm_campaign) AS utm_campaign,
        s.touch_codes AS touch_codes,
        ${knownCodes} AS known_codes,
        ${scannedText('s.text', 'known_codes', codeChunks)} AS scanned_text,
        ${signatureOf('s.source_hash', 's.started_at', 'scanned_text')} AS sig
    FROM ${db}.campaign_starts AS s
    WHERE s.tenant_id = {tenant:String}
        AND s.started_at >= touch_start
        AND s.started_at < period_end
)`;
}

/** The campaign codes ({knownCodes0}, …) found in `text` ignoring case, one multi-search per chunk (see above). */
export function knownCodesIn(text: string, codeChunks: number): string {
  const chunks = Array.from(
    { length: codeChunks },
    (_, i) =>
      `arrayFilter((code, at) -> at > 0, {knownCodes${i}:Array(String)},` +
      ` multiSearchAllPositionsCaseInsensitiveUTF8(${text}, {knownCodes${i}:Array(String)}))`,
  );
  return chunks.length > 0 ? `arrayConcat(${chunks.join(', ')})` : "CAST([], 'Array(String)')";
}

/** The text when codes were searched and found in it (it then takes part in matching), else ''. */
export function scannedText(text: string, knownCodes: string, codeChunks: number): string {
  return codeChunks > 0 ? `if(empty(${knownCodes}), '', ${text})` : "''";
}

/** A conversation start's signature: its source hash, local day and scanned text (what matching reads). */
export function signatureOf(sourceHash: string, startedAt: string, scanned: string): string {
  return `toString(cityHash64(${sourceHash}, toDate(${startedAt}, {tz:String}), ${scanned}))`;
}
