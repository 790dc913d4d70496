-- The source of every customer message, parsed once at ingest by extractTouchpoint (@checkmark/schemas/attribution,
-- docs/attribution.md) so campaign analytics never re-parse payloads: the kind, the values campaigns are matched
-- on (ad id, start payload, ref, Viber context, merged UTM values, codes in the text) and the click id / VK ref
-- source as sent. Filled for `message.received` only; '' / [] for every other type. Which message starts a
-- conversation is decided at query time (events arrive out of order), so every customer message carries its
-- own. Codes are those of the default pattern (#CODE, [ref:CODE]); campaign QR / prefill codes written without
-- a marker depend on the tenant's campaigns and are found at query time.
-- Rows ingested before this migration keep the defaults (touch_kind ''), which reads as organic.
ALTER TABLE {{DB}}.events {{ON_CLUSTER}}
    ADD COLUMN IF NOT EXISTS touch_kind LowCardinality(String) AFTER utm_campaign,
    ADD COLUMN IF NOT EXISTS touch_ad_id String AFTER touch_kind,
    ADD COLUMN IF NOT EXISTS touch_click_id String AFTER touch_ad_id,
    ADD COLUMN IF NOT EXISTS touch_payload String AFTER touch_click_id,
    ADD COLUMN IF NOT EXISTS touch_ref String AFTER touch_payload,
    ADD COLUMN IF NOT EXISTS touch_ref_source String AFTER touch_ref,
    ADD COLUMN IF NOT EXISTS touch_context String AFTER touch_ref_source,
    ADD COLUMN IF NOT EXISTS touch_utm_source LowCardinality(String) AFTER touch_context,
    ADD COLUMN IF NOT EXISTS touch_utm_medium LowCardinality(String) AFTER touch_utm_source,
    ADD COLUMN IF NOT EXISTS touch_utm_campaign LowCardinality(String) AFTER touch_utm_medium,
    ADD COLUMN IF NOT EXISTS touch_utm_term String AFTER touch_utm_campaign,
    ADD COLUMN IF NOT EXISTS touch_utm_content String AFTER touch_utm_term,
    ADD COLUMN IF NOT EXISTS touch_codes Array(String) AFTER touch_utm_content;
