-- Every canonical event of every type, append-only.
-- Replays collapse: the sorting key ends with the event id (deterministic per event, with a stable
-- occurred_at), so ReplacingMergeTree keeps one row per event; read with FINAL (or GROUP BY id) when exact
-- counts matter. The version column keeps the latest ingestion of an id.
-- Promoted columns hold the payload fields dashboards and views filter on ('' or NULL when the type has
-- none); `payload` keeps the full payload JSON for everything else.
CREATE TABLE IF NOT EXISTS {{DB}}.events {{ON_CLUSTER}}
(
    id String,
    tenant_id LowCardinality(String),
    type LowCardinality(String),
    occurred_at DateTime64(3, 'UTC'),
    channel LowCardinality(String),
    account_id LowCardinality(String),
    contact_id String,
    conversation_id String,
    message_id String,
    source LowCardinality(String),
    schema_version UInt8,

    -- message.status status; template.updated status; account.quality_changed number status
    status LowCardinality(String),
    error_code LowCardinality(String),
    error_title String,
    content_type LowCardinality(String),
    language LowCardinality(String),
    -- message.received replyToMessageId; complaint.recorded relatedMessageId
    related_message_id String,
    sender_kind LowCardinality(String),
    -- message.sent sender, conversation.updated assignee, survey.answered agent
    agent_id LowCardinality(String),
    team_id LowCardinality(String),
    is_template Bool,
    template_name LowCardinality(String),
    template_language LowCardinality(String),
    template_category LowCardinality(String),
    previous_template_category LowCardinality(String),
    campaign_id LowCardinality(String),
    referral_kind LowCardinality(String),
    referral_source_id String,
    referral_ref String,
    referral_click_id String,
    utm_source LowCardinality(String),
    utm_medium LowCardinality(String),
    utm_campaign LowCardinality(String),
    pricing_category LowCardinality(String),
    pricing_type LowCardinality(String),
    pricing_model LowCardinality(String),
    billable Nullable(Bool),
    conversation_action LowCardinality(String),
    consent_action LowCardinality(String),
    consent_purpose LowCardinality(String),
    consent_method LowCardinality(String),
    complaint_kind LowCardinality(String),
    -- complaint.recorded reason; template.updated reason
    reason String,
    survey_kind LowCardinality(String),
    score Nullable(UInt8),
    conversion_kind LowCardinality(String),
    order_id String,
    conversion_value Nullable(Decimal(38, 6)),
    currency LowCardinality(String),
    quality_scope LowCardinality(String),
    -- account.quality_changed rating; template.updated quality
    quality_rating LowCardinality(String),
    previous_quality_rating LowCardinality(String),
    quality_event LowCardinality(String),
    messaging_limit LowCardinality(String),
    previous_messaging_limit LowCardinality(String),
    alert_kind LowCardinality(String),

    -- message text or survey comment: visible to compliance and admin roles only
    text String CODEC(ZSTD(3)),
    payload String CODEC(ZSTD(3)),
    ingested_at DateTime64(3, 'UTC') DEFAULT now64(3),

    INDEX idx_contact_id contact_id TYPE bloom_filter(0.01) GRANULARITY 4,
    INDEX idx_message_id message_id TYPE bloom_filter(0.01) GRANULARITY 4,
    INDEX idx_conversation_id conversation_id TYPE bloom_filter(0.01) GRANULARITY 4
)
ENGINE = {{ENGINE:ReplacingMergeTree(ingested_at)}}
PARTITION BY toYYYYMM(occurred_at)
ORDER BY (tenant_id, type, toDate(occurred_at), id)
-- Keeps recent insert block ids so a retried batch with the same insert_deduplication_token is ignored
-- (replicated tables use replicated_deduplication_window instead).
SETTINGS non_replicated_deduplication_window = 10000;
