import { campaignRepliesSelect } from './campaign-replies.fragment';
import { firstMessagesSelect } from './first-messages.fragment';
import { millisBetween } from './touch-window.fragment';

export type ModelValue = 'last_touch' | 'first_touch';

/**
 * Every touch of the contacts who converted in the period, from `touch_start` to the period's end — first
 * customer messages and replies to campaign messages — one per contact and instant: at the same instant a
 * campaign touch wins over an organic one, then the smaller touch id (a reply's id is its message id + ':reply'),
 * as attributeConversions decides ties.
 */
function touchPointsSelect(db: string, codeChunks: number): string {
  const contactsIn =
    `SELECT contact_id FROM ${db}.conversions WHERE tenant_id = {tenant:String}` +
    ` AND occurred_at >= period_start AND occurred_at < period_end`;
  return `
SELECT
    contact_id,
    at,
    argMin(
        tuple(touch_id, campaign_key, source_kind, channel, account_id),
        tuple(campaign_key = '', touch_id)
    ) AS winner
FROM
(
    SELECT id AS touch_id, at, contact_id, campaign_key, source_kind, channel, account_id
    FROM (${firstMessagesSelect(db, { codeChunks, contactsIn })})
    UNION ALL
    SELECT concat(id, ':reply') AS touch_id, at, contact_id, campaign_key, 'campaign_reply' AS source_kind, channel,
        account_id
    FROM (${campaignRepliesSelect(db, { from: 'touch_start', until: 'period_end', contactsIn })})
)
GROUP BY contact_id, at`;
}

/**
 * The period's conversions (the `conversions` rollup, migration 0008: one row per event id), each with the touch
 * credited under the model (docs/attribution.md §3): the same contact's latest (last touch) or earliest (first
 * touch) touch in [conversion − window, conversion], both ends included, found with an ASOF join. No such touch → organic,
 * with the conversion's own channel and account. `model` is fixed by the caller.
 */
export function creditedConversionsSelect(db: string, model: ModelValue, codeChunks: number): string {
  const [asof, inWindow] =
    model === 'last_touch'
      ? ['c.at >= t.at', `${millisBetween('t.at', 'c.at')} <= {windowMs:Int64}`]
      : ['c.window_start <= t.at', 't.at <= c.at'];
  return `
SELECT
    c.id AS id,
    c.at AS at,
    c.contact_id AS contact_id,
    c.kind AS kind,
    c.value AS value,
    c.currency AS currency,
    c.order_id AS order_id,
    t.contact_id != '' AND ${inWindow} AS credited,
    if(credited, tupleElement(t.winner, 1), '') AS touch_id,
    if(credited, t.at, NULL) AS touch_at,
    if(credited, tupleElement(t.winner, 2), '') AS campaign_key,
    if(credited, tupleElement(t.winner, 3), 'organic') AS source_kind,
    if(credited, tupleElement(t.winner, 4), c.channel) AS channel,
    if(credited, tupleElement(t.winner, 5), c.account_id) AS account_id
FROM
(
    SELECT
        v.id AS id,
        v.occurred_at AS at,
        at - toIntervalDay({windowDays:UInt16}) AS window_start,
        v.contact_id AS contact_id,
        toString(v.channel) AS channel,
        toString(v.account_id) AS account_id,
        toString(v.kind) AS kind,
        v.value AS value,
        toString(v.currency) AS currency,
        v.order_id AS order_id
    FROM ${db}.conversions AS v
    WHERE v.tenant_id = {tenant:String}
        AND v.occurred_at >= period_start
        AND v.occurred_at < period_end
) AS c
ASOF LEFT JOIN (${touchPointsSelect(db, codeChunks)}) AS t
ON c.contact_id = t.contact_id AND ${asof}`;
}
