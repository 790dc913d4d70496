import { knownCodesIn, scannedText, signatureOf } from './first-messages.fragment';
import { millisBetween } from './touch-window.fragment';

export type ModelValue = 'last_touch' | 'first_touch';

/**
 * The period's conversions (the `conversion_touches` rollup, migration 0010: per conversion its fields and every
 * touch of the same contact in the 90 days before it, plus a row without a touch), each with the touch credited
 * under the model (docs/attribution.md §3): among the touches in [conversion − window, conversion], both ends
 * included — conversation starts, and replies that came within the window after their campaign message — the
 * latest (last touch) or earliest (first touch); at the same instant a campaign touch wins over an organic one,
 * then the smaller touch id (a reply's id is its message id + ':reply'), as attributeConversions decides ties. A
 * start's campaign and kind come from its signature (matched in the service, {sigs}/{kindSigs}, as in
 * firstMessagesSelect); a reply's campaign is its campaign message's. No such touch → organic, with the
 * conversion's own channel and account. `model` and `codeChunks` are fixed by the caller.
 */
export function creditedConversionsSelect(db: string, model: ModelValue, codeChunks: number): string {
  // argMin order: last touch = latest first, first touch = earliest first; then campaign before organic, smaller id
  const instant = model === 'last_touch' ? '-toUnixTimestamp64Milli(touch_at)' : 'toUnixTimestamp64Milli(touch_at)';
  return `
SELECT
    id,
    at,
    contact_id,
    kind,
    value,
    currency,
    order_id,
    credited,
    if(credited, tupleElement(winner, 1), '') AS touch_id,
    if(credited, tupleElement(winner, 2), NULL) AS touch_at,
    if(credited, tupleElement(winner, 3), '') AS campaign_key,
    if(credited, tupleElement(winner, 4), 'organic') AS source_kind,
    if(credited, tupleElement(winner, 5), own_channel) AS channel,
    if(credited, tupleElement(winner, 6), own_account_id) AS account_id
FROM
(
    SELECT
        id,
        any(occurred_at) AS at,
        any(contact_id) AS contact_id,
        any(kind) AS kind,
        any(value) AS value,
        any(currency) AS currency,
        any(order_id) AS order_id,
        any(channel) AS own_channel,
        any(account_id) AS own_account_id,
        countIf(in_window) > 0 AS credited,
        argMinIf(
            tuple(touch_id, touch_at, campaign_key, source_kind, touch_channel, touch_account_id),
            tuple(${instant}, campaign_key = '', touch_id),
            in_window
        ) AS winner
    FROM
    (
        SELECT
            v.id AS id,
            v.occurred_at AS occurred_at,
            v.contact_id AS contact_id,
            toString(v.kind) AS kind,
            v.value AS value,
            toString(v.currency) AS currency,
            v.order_id AS order_id,
            toString(v.channel) AS channel,
            toString(v.account_id) AS account_id,
            v.touch_id AS touch_id,
            v.touch_at AS touch_at,
            toString(v.touch_channel) AS touch_channel,
            toString(v.touch_account_id) AS touch_account_id,
            v.touch_id != ''
                AND v.touch_at <= v.occurred_at
                AND ${millisBetween('v.touch_at', 'v.occurred_at')} <= {windowMs:Int64}
                AND (v.is_reply = 0 OR ${millisBetween('v.sent_at', 'v.touch_at')} <= {windowMs:Int64}) AS in_window,
            ${knownCodesIn('v.text', codeChunks)} AS known_codes,
            ${signatureOf('v.source_hash', 'v.touch_at', scannedText('v.text', 'known_codes', codeChunks))} AS sig,
            if(v.is_reply = 1, toString(v.campaign_id),
                transform(sig, {sigs:Array(String)}, {sigKeys:Array(String)}, '')) AS campaign_key,
            if(v.is_reply = 1, 'campaign_reply',
                transform(sig, {kindSigs:Array(String)}, {kinds:Array(String)}, toString(v.touch_kind))) AS source_kind
        FROM ${db}.conversion_touches AS v
        WHERE v.tenant_id = {tenant:String}
            AND v.occurred_at >= period_start
            AND v.occurred_at < period_end
    )
    GROUP BY id
)`;
}
