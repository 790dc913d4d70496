-- Input that could not become a canonical event (embedded mode; Kafka mode uses the dead-letter topic).
-- `raw` holds the original bytes exactly: inserts send them base64-encoded in the ephemeral `raw_base64`
-- column because JSON cannot carry arbitrary bytes.
CREATE TABLE IF NOT EXISTS {{DB}}.ingest_rejects {{ON_CLUSTER}}
(
    tenant_id LowCardinality(String),
    received_at DateTime64(3, 'UTC'),
    source LowCardinality(String),
    step LowCardinality(String),
    reason LowCardinality(String),
    detail String,
    raw_base64 String EPHEMERAL,
    raw String DEFAULT base64Decode(raw_base64) CODEC(ZSTD(3)),
    key Nullable(String),
    topic LowCardinality(String),
    partition Nullable(Int32),
    offset Nullable(String),
    ingested_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = {{ENGINE:MergeTree}}
PARTITION BY toYYYYMM(received_at)
ORDER BY (tenant_id, received_at)
SETTINGS non_replicated_deduplication_window = 10000;
