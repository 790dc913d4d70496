/**
 * First customer messages of conversations from `touch_start` to the period's end, with their parsed source
 * (events.touch_* columns, filled at ingest) and `sig`, a hash of everything campaign matching reads. The
 * service matches each distinct signature with matchCampaign in TypeScript and passes the result back as
 * {sigs}→{sigKeys} (campaign keys) and {kindSigs}→{kinds} (source kinds changed by campaign codes found in the
 * text); a signature not listed is organic with its stored kind.
 *
 * A conversation is the source's conversation id; without one, the thread of a contact with an account split
 * where a customer message follows {silenceSeconds} of silence or a resolution (the Overview's definition).
 * A customer message starts one when no customer message came before it in the conversation (seven days
 * before `touch_start` are read for that). Replayed copies of a message count once (the first copy is first).
 *
 * `scanText` (fixed by the caller, never user input): whether the tenant has campaign QR / prefill codes to
 * look for without a marker; then `known_codes` lists those found in the text ignoring case (a pre-filter —
 * the service runs extractTouchpoint on the text for the exact rule) and the text becomes part of the signature.
 */
export function firstMessagesSelect(db: string, { scanText }: { scanText: boolean }): string {
  const knownCodes = scanText
    ? 'arrayFilter(code -> positionCaseInsensitiveUTF8(text, code) > 0, {knownCodes:Array(String)})'
    : "CAST([], 'Array(String)')";
  return `
SELECT
    id,
    at,
    toString(channel) AS channel,
    toString(account_id) AS account_id,
    contact_id,
    conversation_id,
    if(touch_kind = '', 'organic', toString(touch_kind)) AS stored_kind,
    touch_ad_id,
    touch_click_id,
    touch_payload,
    touch_ref,
    touch_ref_source,
    touch_context,
    toString(touch_utm_source) AS utm_source,
    toString(touch_utm_medium) AS utm_medium,
    toString(touch_utm_campaign) AS utm_campaign,
    touch_codes,
    ${knownCodes} AS known_codes,
    ${scanText ? "if(empty(known_codes), '', text)" : "''"} AS scanned_text,
    toString(cityHash64(
        channel, stored_kind, touch_ad_id, touch_payload, touch_ref, touch_context,
        utm_source, utm_medium, utm_campaign, touch_codes, toDate(at, {tz:String}), scanned_text
    )) AS sig,
    transform(sig, {sigs:Array(String)}, {sigKeys:Array(String)}, '') AS campaign_key,
    transform(sig, {kindSigs:Array(String)}, {kinds:Array(String)}, stored_kind) AS source_kind
FROM
(
    SELECT
        id, occurred_at AS at, type, channel, account_id, contact_id, conversation_id,
        touch_kind, touch_ad_id, touch_click_id, touch_payload, touch_ref, touch_ref_source, touch_context,
        touch_utm_source, touch_utm_medium, touch_utm_campaign, touch_codes,${scanText ? ' text,' : ''}
        max(if(type != 'conversation.updated', occurred_at, NULL)) OVER previous AS last_message_at,
        max(if(type = 'conversation.updated', occurred_at, NULL)) OVER previous AS last_resolved_at,
        max(type = 'message.received') OVER previous AS had_customer_message
    FROM ${db}.events
    WHERE tenant_id = {tenant:String}
        AND type IN ('message.received', 'message.sent', 'conversation.updated')
        AND occurred_at >= touch_start - INTERVAL 7 DAY
        AND occurred_at < period_end
        AND contact_id != ''
        AND NOT (type = 'message.received' AND content_type IN ('system', 'reaction'))
        AND (type != 'conversation.updated' OR conversation_action = 'resolved')
    WINDOW previous AS (
        PARTITION BY channel, account_id, contact_id, conversation_id
        ORDER BY occurred_at, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
    )
)
WHERE type = 'message.received'
    AND at >= touch_start
    AND (NOT had_customer_message OR (conversation_id = '' AND (
        dateDiff('second', last_message_at, at) >= {silenceSeconds:UInt32}
        OR last_resolved_at >= last_message_at
    )))`;
}
