-- Candidate touches of every conversion for the Campaigns page (docs/attribution.md §3–§4), so crediting reads only
-- the period's conversions: per conversion, every touch of the same contact in the 90 days before it (the longest
-- window a tenant may set) — conversation starts (0008, with what campaign matching needs: source hash, stored
-- kind, text) and replies to campaign messages (with the campaign message's time, so the tenant's window applies
-- at query time) — and one row without a touch (touch_id '') so a conversion without any is still listed. Rebuilt
-- from the rollups of 0008 after their rebuilds (DEPENDS ON; refreshRollups asks in ROLLUP_VIEWS order), and
-- carrying the conversion's own fields, so a conversion and its touches are always as of one rebuild. Plain
-- MergeTree on purpose: every replica rebuilds its own copy.
CREATE TABLE IF NOT EXISTS {{DB}}.conversion_touches {{ON_CLUSTER}}
(
    tenant_id LowCardinality(String),
    occurred_at DateTime64(3, 'UTC'),
    -- the conversion's event id and fields (as in `conversions`)
    id String,
    contact_id String,
    channel LowCardinality(String),
    account_id LowCardinality(String),
    kind LowCardinality(String),
    value Nullable(Float64),
    currency LowCardinality(String),
    order_id String,
    -- the touch: a conversation start's id, or a reply's message id + ':reply'; '' on the row without a touch
    touch_id String,
    touch_at DateTime64(3, 'UTC'),
    -- a reply: 1, and its campaign message's time and campaign id; a conversation start: 0, touch_at, ''
    is_reply UInt8,
    sent_at DateTime64(3, 'UTC'),
    campaign_id LowCardinality(String),
    touch_channel LowCardinality(String),
    touch_account_id LowCardinality(String),
    -- a conversation start's stored kind, source hash and text (conversation_starts); a reply: 'campaign_reply', 0, ''
    touch_kind LowCardinality(String),
    source_hash UInt64,
    text String CODEC(ZSTD(3))
)
ENGINE = MergeTree
ORDER BY (tenant_id, occurred_at, id, touch_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{DB}}.conversion_touches_mv {{ON_CLUSTER}}
REFRESH EVERY 5 MINUTE DEPENDS ON {{DB}}.conversation_starts_mv, {{DB}}.campaign_sends_mv, {{DB}}.conversions_mv
TO {{DB}}.conversion_touches AS
SELECT
    c.tenant_id AS tenant_id,
    c.occurred_at AS occurred_at,
    c.id AS id,
    c.contact_id AS contact_id,
    c.channel AS channel,
    c.account_id AS account_id,
    c.kind AS kind,
    c.value AS value,
    c.currency AS currency,
    c.order_id AS order_id,
    t.touch_id AS touch_id,
    t.touch_at AS touch_at,
    t.is_reply AS is_reply,
    t.sent_at AS sent_at,
    t.campaign_id AS campaign_id,
    t.touch_channel AS touch_channel,
    t.touch_account_id AS touch_account_id,
    t.touch_kind AS touch_kind,
    t.source_hash AS source_hash,
    t.text AS text
FROM {{DB}}.conversions AS c
INNER JOIN
(
    SELECT
        tenant_id,
        contact_id,
        id AS touch_id,
        started_at AS touch_at,
        toUInt8(0) AS is_reply,
        started_at AS sent_at,
        '' AS campaign_id,
        toString(channel) AS touch_channel,
        toString(account_id) AS touch_account_id,
        toString(touch_kind) AS touch_kind,
        source_hash,
        text
    FROM {{DB}}.conversation_starts
    WHERE contact_id != ''
    UNION ALL
    SELECT
        tenant_id,
        contact_id,
        concat(reply_id, ':reply') AS touch_id,
        replied_at AS touch_at,
        toUInt8(1) AS is_reply,
        sent_at,
        toString(campaign_id) AS campaign_id,
        toString(channel) AS touch_channel,
        toString(account_id) AS touch_account_id,
        'campaign_reply' AS touch_kind,
        toUInt64(0) AS source_hash,
        '' AS text
    FROM {{DB}}.campaign_sends
    WHERE contact_id != '' AND reply_id != ''
        AND toUnixTimestamp64Milli(replied_at) - toUnixTimestamp64Milli(sent_at) <= 7776000000
) AS t ON c.tenant_id = t.tenant_id AND c.contact_id = t.contact_id
WHERE t.touch_at <= c.occurred_at
    AND toUnixTimestamp64Milli(c.occurred_at) - toUnixTimestamp64Milli(t.touch_at) <= 7776000000
UNION ALL
SELECT
    tenant_id, occurred_at, id, contact_id, channel, account_id, kind, value, currency, order_id,
    '' AS touch_id, occurred_at AS touch_at, toUInt8(0) AS is_reply, occurred_at AS sent_at, '' AS campaign_id,
    '' AS touch_channel, '' AS touch_account_id, '' AS touch_kind, toUInt64(0) AS source_hash, '' AS text
FROM {{DB}}.conversions;
