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
 * before `touch_start` are read for that). Each thread is gathered into one sorted array and walked with array
 * functions (several times faster than window functions over the same rows); the chosen ids are then read
 * back with their touch columns, one row per id however often the event was replayed.
 *
 * `contactsIn` (fixed SQL of the caller): a sub-select of the only contacts needed, which keeps conversion
 * queries to the contacts that converted.
 *
 * `scanText` (fixed by the caller, never user input): whether the tenant has campaign QR / prefill codes to
 * look for without a marker; then `known_codes` lists those found in the text ignoring case (a pre-filter —
 * the service runs extractTouchpoint on the text for the exact rule) and the text becomes part of the signature.
 */
export function firstMessagesSelect(
  db: string,
  { scanText, contactsIn }: { scanText: boolean; contactsIn?: string },
): string {
  const contacts = contactsIn === undefined ? '' : `\n        AND contact_id IN (${contactsIn})`;
  const knownCodes = scanText
    ? 'arrayFilter(code -> positionCaseInsensitiveUTF8(text, code) > 0, {knownCodes:Array(String)})'
    : "CAST([], 'Array(String)')";
  return `
SELECT
    id,
    at,
    channel,
    account_id,
    contact_id,
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
        id,
        occurred_at AS at,
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
            utm_source, utm_medium, utm_campaign, touch_codes, toDate(occurred_at, {tz:String}), scanned_text
        )) AS sig
    FROM ${db}.events
    WHERE tenant_id = {tenant:String}
        AND type = 'message.received'
        AND occurred_at >= touch_start
        AND occurred_at < period_end${contacts}
        AND id IN (
            SELECT tupleElement(arrayJoin(starts), 2)
            FROM
            (
                SELECT
                    arraySort(groupArray((
                        toUnixTimestamp64Milli(occurred_at),
                        id,
                        multiIf(type = 'message.received', 0, type = 'message.sent', 1, 2)
                    ))) AS thread,
                    arrayMap(x -> x.1, thread) AS times,
                    arrayMap(x -> x.3, thread) AS kinds,
                    -- per element: the latest message (either side) and resolution before it, 0 = none, and
                    -- how many customer messages came before it
                    arrayPushFront(arrayPopBack(arrayFill(t -> t != 0,
                        arrayMap((t, k) -> if(k = 2, 0, t), times, kinds))), 0) AS previous_message,
                    arrayPushFront(arrayPopBack(arrayFill(t -> t != 0,
                        arrayMap((t, k) -> if(k = 2, t, 0), times, kinds))), 0) AS previous_resolution,
                    arrayPushFront(arrayPopBack(arrayCumSum(arrayMap(k -> toUInt32(k = 0), kinds))), 0)
                        AS previous_customer_messages,
                    arrayFilter(
                        (x, k, t, m, r, c) -> k = 0
                            AND t >= toUnixTimestamp64Milli(toDateTime64(touch_start, 3))
                            AND (c = 0 OR (conversation_id = '' AND (
                                t - m >= {silenceSeconds:UInt32} * 1000 OR (r != 0 AND r >= m)
                            ))),
                        thread, kinds, times, previous_message, previous_resolution, previous_customer_messages
                    ) AS starts
                FROM ${db}.events
                WHERE tenant_id = {tenant:String}
                    AND type IN ('message.received', 'message.sent', 'conversation.updated')
                    AND occurred_at >= touch_start - INTERVAL 7 DAY
                    AND occurred_at < period_end
                    AND contact_id != ''${contacts.replace(/\n/g, '\n            ')}
                    AND NOT (type = 'message.received' AND content_type IN ('system', 'reaction'))
                    AND (type != 'conversation.updated' OR conversation_action = 'resolved')
                GROUP BY channel, account_id, contact_id, conversation_id
            )
        )
    LIMIT 1 BY id
)`;
}
