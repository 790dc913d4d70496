-- What the Campaigns page (docs/attribution.md §4) would otherwise recompute from events on every query: which
-- customer messages start a conversation, which campaign messages got a reply (both need a whole thread in time
-- order, and events arrive out of order), and the conversions, deduplicated. Rebuilt by refreshable views from
-- the idempotent events, like message_engagement (0006): replays and late events are right after the next
-- refresh, and readers never see a half-built table. Freshness: system.view_refreshes.last_success_time. Plain
-- MergeTree on purpose: every replica rebuilds its own copy.

-- One row per conversation start: the first customer message (not a system notice or reaction) of a conversation,
-- with the source parsed at ingest (0005). A conversation is the source's conversation id; without one, the
-- thread of a contact with an account split where a customer message follows 24 hours of silence (86400000 ms,
-- the Overview's CONVERSATION_SILENCE_SECONDS) or a resolution. Campaign matching happens at query time (the
-- tenant's campaigns, time zone and window change without a rebuild): `source_hash` identifies everything
-- matching reads except the local day, and `text` is kept for campaign codes written without a marker.
CREATE TABLE IF NOT EXISTS {{DB}}.conversation_starts {{ON_CLUSTER}}
(
    tenant_id LowCardinality(String),
    started_at DateTime64(3, 'UTC'),
    -- the first message's event id
    id String,
    channel LowCardinality(String),
    account_id LowCardinality(String),
    contact_id String,
    conversation_id String,
    -- 'organic' when the message had no source (or was ingested before 0005)
    touch_kind LowCardinality(String),
    touch_ad_id String,
    touch_click_id String,
    touch_payload String,
    touch_ref String,
    touch_ref_source String,
    touch_context String,
    touch_utm_source LowCardinality(String),
    touch_utm_medium LowCardinality(String),
    touch_utm_campaign LowCardinality(String),
    touch_codes Array(String),
    text String CODEC(ZSTD(3)),
    source_hash UInt64
)
ENGINE = MergeTree
ORDER BY (tenant_id, started_at, id);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{DB}}.conversation_starts_mv {{ON_CLUSTER}}
REFRESH EVERY 5 MINUTE TO {{DB}}.conversation_starts AS
SELECT
    e.tenant_id AS tenant_id,
    any(e.occurred_at) AS started_at,
    e.id AS id,
    toString(any(e.channel)) AS channel,
    toString(any(e.account_id)) AS account_id,
    any(e.contact_id) AS contact_id,
    any(e.conversation_id) AS conversation_id,
    if(any(e.touch_kind) = '', 'organic', toString(any(e.touch_kind))) AS touch_kind,
    any(e.touch_ad_id) AS touch_ad_id,
    any(e.touch_click_id) AS touch_click_id,
    any(e.touch_payload) AS touch_payload,
    any(e.touch_ref) AS touch_ref,
    any(e.touch_ref_source) AS touch_ref_source,
    any(e.touch_context) AS touch_context,
    toString(any(e.touch_utm_source)) AS touch_utm_source,
    toString(any(e.touch_utm_medium)) AS touch_utm_medium,
    toString(any(e.touch_utm_campaign)) AS touch_utm_campaign,
    any(e.touch_codes) AS touch_codes,
    any(e.text) AS text,
    cityHash64(
        channel, touch_kind, touch_ad_id, touch_payload, touch_ref, touch_context,
        touch_utm_source, touch_utm_medium, touch_utm_campaign, touch_codes
    ) AS source_hash
FROM {{DB}}.events AS e
WHERE e.type = 'message.received'
    AND (e.tenant_id, e.id) IN (
        -- Each thread as one sorted array walked with array functions (several times faster than window
        -- functions): per element the latest message (either side) and resolution before it (0 = none) and how
        -- many customer messages came before it; a customer message with none before it starts the conversation,
        -- and without a conversation id so does one after 24 h of silence or after a resolution.
        SELECT tenant_id, tupleElement(arrayJoin(starts), 2)
        FROM
        (
            SELECT
                tenant_id,
                arraySort(groupArray((
                    toUnixTimestamp64Milli(occurred_at),
                    id,
                    multiIf(type = 'message.received', 0, type = 'message.sent', 1, 2)
                ))) AS thread,
                arrayMap(x -> x.1, thread) AS times,
                arrayMap(x -> x.3, thread) AS kinds,
                arrayPushFront(arrayPopBack(arrayFill(t -> t != 0,
                    arrayMap((t, k) -> if(k = 2, 0, t), times, kinds))), 0) AS previous_message,
                arrayPushFront(arrayPopBack(arrayFill(t -> t != 0,
                    arrayMap((t, k) -> if(k = 2, t, 0), times, kinds))), 0) AS previous_resolution,
                arrayPushFront(arrayPopBack(arrayCumSum(arrayMap(k -> toUInt32(k = 0), kinds))), 0)
                    AS previous_customer_messages,
                arrayFilter(
                    (x, k, t, m, r, c) -> k = 0
                        AND (c = 0 OR (conversation_id = '' AND (t - m >= 86400000 OR (r != 0 AND r >= m)))),
                    thread, kinds, times, previous_message, previous_resolution, previous_customer_messages
                ) AS starts
            FROM {{DB}}.events
            WHERE type IN ('message.received', 'message.sent', 'conversation.updated')
                AND contact_id != ''
                AND NOT (type = 'message.received' AND content_type IN ('system', 'reaction'))
                AND (type != 'conversation.updated' OR conversation_action = 'resolved')
            GROUP BY tenant_id, channel, account_id, contact_id, conversation_id
        )
    )
GROUP BY e.tenant_id, e.id;

-- One row per outbound campaign message (message.sent with a campaign id) and its first reply: the first customer
-- message (not a system notice or reaction) of the same contact with the same account after it and before the
-- next business message; one at the same millisecond as the campaign message counts as after it. The reply
-- time is kept without a window: the tenant's attribution window applies at query time. Empty reply when none.
CREATE TABLE IF NOT EXISTS {{DB}}.campaign_sends {{ON_CLUSTER}}
(
    tenant_id LowCardinality(String),
    sent_at DateTime64(3, 'UTC'),
    -- the campaign message's event id
    id String,
    channel LowCardinality(String),
    account_id LowCardinality(String),
    contact_id String,
    campaign_id LowCardinality(String),
    -- the reply's event id and time ('' and 1970-01-01 without a reply)
    reply_id String,
    replied_at DateTime64(3, 'UTC')
)
ENGINE = MergeTree
ORDER BY (tenant_id, sent_at, id);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{DB}}.campaign_sends_mv {{ON_CLUSTER}}
REFRESH EVERY 5 MINUTE TO {{DB}}.campaign_sends AS
SELECT
    tenant_id,
    fromUnixTimestamp64Milli(send.1, 'UTC') AS sent_at,
    send.2 AS id,
    channel,
    account_id,
    contact_id,
    send.3 AS campaign_id,
    send.4 AS reply_id,
    fromUnixTimestamp64Milli(send.5, 'UTC') AS replied_at
FROM
(
    -- The contact's messages with the account in time order, business messages first at the same millisecond
    -- (replays collapse in the set); a campaign message's reply is the element right after it when that is a
    -- customer message.
    SELECT
        tenant_id,
        toString(channel) AS channel,
        toString(account_id) AS account_id,
        contact_id,
        arraySort(groupUniqArray((
            toUnixTimestamp64Milli(occurred_at),
            toUInt8(type = 'message.received'),
            id,
            toString(campaign_id)
        ))) AS thread,
        arrayMap(
            i -> (thread[i].1, thread[i].3, thread[i].4,
                if(i < length(thread) AND thread[i + 1].2 = 1, thread[i + 1].3, ''),
                if(i < length(thread) AND thread[i + 1].2 = 1, thread[i + 1].1, toInt64(0))),
            arrayFilter(i -> thread[i].2 = 0 AND thread[i].4 != '', arrayEnumerate(thread))
        ) AS sends
    FROM {{DB}}.events
    WHERE (type = 'message.sent' OR (type = 'message.received' AND content_type NOT IN ('system', 'reaction')
            AND contact_id != ''))
        AND (tenant_id, channel, account_id, contact_id) IN (
            SELECT tenant_id, channel, account_id, contact_id
            FROM {{DB}}.events
            WHERE type = 'message.sent' AND campaign_id != ''
        )
    GROUP BY tenant_id, channel, account_id, contact_id
)
ARRAY JOIN sends AS send;

-- One row per conversion (conversion.recorded, replays collapsed): what crediting needs, from the same rebuild as
-- the touches above, so a conversion and its touches are always as of one moment. Ordered by tenant and time: the
-- period's conversions, and the contacts who converted, are one small contiguous range.
CREATE TABLE IF NOT EXISTS {{DB}}.conversions {{ON_CLUSTER}}
(
    tenant_id LowCardinality(String),
    occurred_at DateTime64(3, 'UTC'),
    -- the event id
    id String,
    contact_id String,
    channel LowCardinality(String),
    account_id LowCardinality(String),
    kind LowCardinality(String),
    -- NULL without a value
    value Nullable(Float64),
    currency LowCardinality(String),
    order_id String
)
ENGINE = MergeTree
ORDER BY (tenant_id, occurred_at, id);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{DB}}.conversions_mv {{ON_CLUSTER}}
REFRESH EVERY 5 MINUTE TO {{DB}}.conversions AS
SELECT
    e.tenant_id AS tenant_id,
    any(e.occurred_at) AS occurred_at,
    e.id AS id,
    any(e.contact_id) AS contact_id,
    toString(any(e.channel)) AS channel,
    toString(any(e.account_id)) AS account_id,
    toString(any(e.conversion_kind)) AS kind,
    toFloat64(any(e.conversion_value)) AS value,
    toString(any(e.currency)) AS currency,
    any(e.order_id) AS order_id
FROM {{DB}}.events AS e
WHERE e.type = 'conversion.recorded'
GROUP BY e.tenant_id, e.id;
