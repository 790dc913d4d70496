-- The Engagement page's figures (totals, days, groups, histogram, heatmap) summed over agents and failure reasons:
-- the engagement rollup (0006) with only the dimensions that page groups by or filters on besides the agent, so a
-- period's figures merge about 2.4 times fewer rows and quantile states (at 10M events most of a query's time).
-- The API reads it unless the analytics filter names agents; failure reasons and template analytics stay on
-- message_engagement. Rebuilt from message_engagement after each of its rebuilds (DEPENDS ON; refreshRollups
-- asks in ROLLUP_VIEWS order), with the same buckets and exact figures: counts and histograms are summed and
-- the quantile states merged into states (every time to read is kept).
CREATE TABLE IF NOT EXISTS {{DB}}.message_engagement_totals {{ON_CLUSTER}}
(
    tenant_id LowCardinality(String),
    bucket DateTime('UTC'),
    channel LowCardinality(String),
    account_id LowCardinality(String),
    campaign_id LowCardinality(String),
    template_name LowCardinality(String),
    template_language LowCardinality(String),
    template_category LowCardinality(String),
    sent UInt32,
    delivered UInt32,
    read UInt32,
    timed_reads UInt32,
    ttr_ms_sum UInt64,
    ttr_histogram Array(UInt32),
    ttr_values AggregateFunction(quantilesExactInclusiveIf(0.5, 0.9, 0.99), Float64, UInt8)
)
ENGINE = MergeTree
ORDER BY (tenant_id, bucket, channel, account_id, campaign_id, template_name);

CREATE MATERIALIZED VIEW IF NOT EXISTS {{DB}}.message_engagement_totals_mv {{ON_CLUSTER}}
REFRESH EVERY 5 MINUTE DEPENDS ON {{DB}}.message_engagement_mv TO {{DB}}.message_engagement_totals AS
SELECT
    e.tenant_id AS tenant_id,
    e.bucket AS bucket,
    e.channel AS channel,
    e.account_id AS account_id,
    e.campaign_id AS campaign_id,
    e.template_name AS template_name,
    e.template_language AS template_language,
    e.template_category AS template_category,
    toUInt32(sum(e.sent)) AS sent,
    toUInt32(sum(e.delivered)) AS delivered,
    toUInt32(sum(e.read)) AS read,
    toUInt32(sum(e.timed_reads)) AS timed_reads,
    toUInt64(sum(e.ttr_ms_sum)) AS ttr_ms_sum,
    arrayMap(n -> toUInt32(n), sumForEach(e.ttr_histogram)) AS ttr_histogram,
    quantilesExactInclusiveIfMergeState(0.5, 0.9, 0.99)(e.ttr_values) AS ttr_values
FROM {{DB}}.message_engagement AS e
GROUP BY
    tenant_id,
    bucket,
    channel,
    account_id,
    campaign_id,
    template_name,
    template_language,
    template_category;
