-- Conversation starts as the Campaigns page counts them (docs/attribution.md §4): every row of conversation_starts
-- (0008) with what its conversation figures otherwise computed per query — `contact_no`, the contact as a dense
-- number per tenant (exact distinct counts over integers instead of strings), and `next_opt_in_at`, the contact's
-- first opt-in (consent.updated opt_in) at or after the start, NULL without one (the window is the tenant's and
-- applied when reading). Rebuilt after conversation_starts, like conversion_touches (0010); opt-ins are therefore
-- as fresh as the other Campaigns figures (the last rebuild).
CREATE TABLE IF NOT EXISTS {{DB}}.campaign_starts {{ON_CLUSTER}}
(
    tenant_id LowCardinality(String),
    started_at DateTime64(3, 'UTC'),
    id String,
    channel LowCardinality(String),
    account_id LowCardinality(String),
    contact_id String,
    contact_no UInt32,
    conversation_id String,
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
    source_hash UInt64,
    next_opt_in_at Nullable(DateTime64(3, 'UTC'))
)
ENGINE = MergeTree
ORDER BY (tenant_id, started_at, id);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{DB}}.campaign_starts_mv {{ON_CLUSTER}}
REFRESH EVERY 5 MINUTE DEPENDS ON {{DB}}.conversation_starts_mv
TO {{DB}}.campaign_starts AS
SELECT
    s.tenant_id AS tenant_id,
    s.started_at AS started_at,
    s.id AS id,
    s.channel AS channel,
    s.account_id AS account_id,
    s.contact_id AS contact_id,
    toUInt32(dense_rank() OVER (PARTITION BY s.tenant_id ORDER BY s.contact_id)) AS contact_no,
    s.conversation_id AS conversation_id,
    s.touch_kind AS touch_kind,
    s.touch_ad_id AS touch_ad_id,
    s.touch_click_id AS touch_click_id,
    s.touch_payload AS touch_payload,
    s.touch_ref AS touch_ref,
    s.touch_ref_source AS touch_ref_source,
    s.touch_context AS touch_context,
    s.touch_utm_source AS touch_utm_source,
    s.touch_utm_medium AS touch_utm_medium,
    s.touch_utm_campaign AS touch_utm_campaign,
    s.touch_codes AS touch_codes,
    s.text AS text,
    s.source_hash AS source_hash,
    -- ASOF: the earliest opt-in of the contact at or after the start (both at the same instant included)
    if(o.contact_id = '', NULL, o.at) AS next_opt_in_at
FROM {{DB}}.conversation_starts AS s
ASOF LEFT JOIN
(
    SELECT tenant_id, contact_id, occurred_at AS at
    FROM {{DB}}.events
    WHERE type = 'consent.updated' AND consent_action = 'opt_in' AND contact_id != ''
) AS o
ON s.tenant_id = o.tenant_id AND s.contact_id = o.contact_id AND s.started_at <= o.at
SETTINGS join_use_nulls = 0;
