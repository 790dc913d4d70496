/**
 * Analytics query benchmark (issue 4: Engagement and Campaigns pages; docs/design/analytics-rollups.md).
 * Loads N simulator events through the EventSink into a scratch embedded chDB directory (never ./data), then
 * times every named query: one cold run (engine caches dropped) and --runs warm runs, printing p50/p95/max and
 * the process's peak RSS (the engine runs in this process). The warehouse design candidates it compares:
 *   a — message_facts_v as today (per-message facts grouped at query time);
 *   b — message_days: the same per-message states keyed by tenant and event day, so a period reads its days;
 *   c — message_counts_hourly: uniqExact states by event hour fed by an ordinary materialized view;
 *   d — engagement_hourly: a refreshable materialized view re-aggregating message_facts_v by sent hour.
 * Issue 4's official benchmark reuses loadSimulatedEvents and timeQuery (bench/src/lib) with its own query list.
 *
 * Usage (after `npx tsc -b tsconfig.build.json && node tools/copy-sql.mjs`):
 *   node bench/dist/analytics.bench.js --events 1000000 [--days 90] [--runs 20] [--data-dir DIR] [--reuse]
 *     [--keep] [--only REGEX] [--no-candidates]
 * --reuse times queries on an already loaded --data-dir; --keep leaves the directory for a later --reuse;
 * --no-candidates loads with the product migrations only (the insert-rate baseline).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openWarehouse, quoteIdentifier, type Warehouse } from '@checkmark/schemas/warehouse';
import { memory, resetPeakRss, timeQuery, type NamedQuery, type QueryTiming } from './lib/query-timer';
import { loadSimulatedEvents } from './lib/simulated-events';
import { fmt } from './lib/stats';

const TENANT = 'bench';
const DATABASE = 'bench_analytics';
const TZ = 'Europe/Berlin';
/** The simulator starts on 2026-01-05; with --days 90 the last 30 whole days are these. */
const PERIOD = { from: '2026-03-06', to: '2026-04-04' };
const ALL_TIME = { from: '2000-01-01', to: '2100-01-01' };
const READ_CHANNELS = ['whatsapp', 'messenger', 'instagram', 'viber', 'vk', 'webchat'];

/** Candidate tables fed while loading (b, c). */
function candidateTables(db: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${db}.message_days
(
    tenant_id LowCardinality(String),
    day Date,
    channel LowCardinality(String),
    account_id LowCardinality(String),
    message_id String,
    sent_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    delivered_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    read_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    played_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    failed_at SimpleAggregateFunction(min, Nullable(DateTime64(3, 'UTC'))),
    failure AggregateFunction(argMinIf, String, Tuple(DateTime64(3, 'UTC'), String), UInt8),
    template_name SimpleAggregateFunction(max, LowCardinality(String)),
    template_language SimpleAggregateFunction(max, LowCardinality(String)),
    template_category SimpleAggregateFunction(max, LowCardinality(String)),
    campaign_id SimpleAggregateFunction(max, LowCardinality(String))
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (tenant_id, day, channel, account_id, message_id)`,
    `CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.message_days_mv TO ${db}.message_days AS
SELECT
    tenant_id, toDate(occurred_at) AS day, channel, account_id, message_id,
    min(if(type = 'message.sent' OR status = 'sent', occurred_at, NULL)) AS sent_at,
    min(if(type = 'message.status' AND status = 'delivered', occurred_at, NULL)) AS delivered_at,
    min(if(type = 'message.status' AND status = 'read', occurred_at, NULL)) AS read_at,
    min(if(type = 'message.status' AND status = 'played', occurred_at, NULL)) AS played_at,
    min(if(type = 'message.status' AND status = 'failed', occurred_at, NULL)) AS failed_at,
    argMinIfState(CAST(error_code, 'String'), tuple(occurred_at, id), type = 'message.status' AND status = 'failed') AS failure,
    max(template_name) AS template_name,
    max(template_language) AS template_language,
    max(template_category) AS template_category,
    max(campaign_id) AS campaign_id
FROM ${db}.events
WHERE type IN ('message.sent', 'message.status') AND message_id != ''
GROUP BY tenant_id, day, channel, account_id, message_id`,
    `CREATE TABLE IF NOT EXISTS ${db}.message_counts_hourly
(
    tenant_id LowCardinality(String),
    hour DateTime('UTC'),
    channel LowCardinality(String),
    account_id LowCardinality(String),
    sent AggregateFunction(uniqExactIf, String, UInt8),
    delivered AggregateFunction(uniqExactIf, String, UInt8),
    read AggregateFunction(uniqExactIf, String, UInt8),
    failed AggregateFunction(uniqExactIf, String, UInt8)
)
ENGINE = AggregatingMergeTree
ORDER BY (tenant_id, hour, channel, account_id)`,
    `CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.message_counts_hourly_mv TO ${db}.message_counts_hourly AS
SELECT
    tenant_id, toStartOfHour(occurred_at) AS hour, channel, account_id,
    uniqExactIfState(message_id, toUInt8(type = 'message.sent' OR status = 'sent')) AS sent,
    uniqExactIfState(message_id, toUInt8(type = 'message.status' AND status IN ('delivered', 'read', 'played'))) AS delivered,
    uniqExactIfState(message_id, toUInt8(type = 'message.status' AND status IN ('read', 'played'))) AS read,
    uniqExactIfState(message_id, toUInt8(type = 'message.status' AND status = 'failed')) AS failed
FROM ${db}.events
WHERE type IN ('message.sent', 'message.status') AND message_id != ''
GROUP BY tenant_id, hour, channel, account_id`,
  ];
}

/** Time to read in seconds when both ends are known. */
const TTR = `if(read IS NULL OR sent_at IS NULL, NULL, greatest(0, dateDiff('millisecond', sent_at, read)) / 1000)`;

/** Per-message rows of candidate a: the product's view. */
function messagesFromFacts(db: string): string {
  return `
SELECT
    channel, account_id, template_name, template_language, template_category, campaign_id,
    ifNull(error_code, '') AS error_code, sent_at, effective_delivered_at AS delivered, effective_read_at AS read,
    failed_at, least(sent_at, effective_delivered_at, failed_at) AS anchor, ${TTR} AS ttr
FROM ${db}.message_facts_v
WHERE tenant_id = {tenant:String}`;
}

/**
 * Candidate b reads the days from this many days before the period on. Its anchor ignores reads, so a message
 * whose only rows in the scan are late receipts drops out; one delivered more than the margin after a send
 * before the period is still (wrongly) counted in the period — the check below shows how often.
 */
const SCAN_MARGIN_DAYS = 2;

/** Per-message rows of candidate b: only the days from SCAN_MARGIN_DAYS before the period on are read. */
function messagesFromDays(db: string): string {
  return `
SELECT
    channel, account_id, message_id,
    max(template_name) AS template_name, max(template_language) AS template_language,
    max(template_category) AS template_category, max(campaign_id) AS campaign_id,
    min(sent_at) AS sent_at, least(min(delivered_at), min(read_at), min(played_at)) AS delivered,
    least(min(read_at), min(played_at)) AS read, min(failed_at) AS failed_at,
    if(failed_at IS NULL, '', argMinIfMerge(failure)) AS error_code,
    least(sent_at, min(delivered_at), failed_at) AS anchor, ${TTR} AS ttr
FROM ${db}.message_days
WHERE tenant_id = {tenant:String} AND day >= addDays(toDate(toDateTime({from:Date}, {tz:String}), 'UTC'), -${SCAN_MARGIN_DAYS})
GROUP BY channel, account_id, message_id`;
}

const IN_PERIOD = `anchor >= toDateTime({from:Date}, {tz:String}) AND anchor < toDateTime(addDays({to:Date}, 1), {tz:String})`;

/** The read-time block every engagement table shows (DOMAIN.md §3). */
const PER_MESSAGE_METRICS = `
    toUInt32(count()) AS sent,
    toUInt32(countIf(delivered IS NOT NULL)) AS delivered,
    toUInt32(countIf(read IS NOT NULL)) AS read,
    toUInt32(countIf(failed_at IS NOT NULL)) AS failed,
    toUInt32(countIf(ttr IS NOT NULL)) AS timed_reads,
    quantilesExactInclusive(0.5, 0.9, 0.99)(ttr) AS ttr_quantiles,
    avg(ttr) AS ttr_mean,
    [countIf(ttr < 60), countIf(ttr >= 60 AND ttr < 300), countIf(ttr >= 300 AND ttr < 1800),
     countIf(ttr >= 1800 AND ttr < 7200), countIf(ttr >= 7200 AND ttr < 86400), countIf(ttr >= 86400)] AS ttr_histogram`;

const ROLLUP_METRICS = `
    toUInt32(sum(sent)) AS sent,
    toUInt32(sum(delivered)) AS delivered,
    toUInt32(sum(read)) AS read,
    toUInt32(sum(failed)) AS failed,
    toUInt32(sum(timed_reads)) AS timed_reads,
    quantilesExactInclusiveIfMerge(0.5, 0.9, 0.99)(ttr_values) AS ttr_quantiles,
    sum(ttr_sum) / nullIf(timed_reads, 0) AS ttr_mean,
    sumForEach(ttr_histogram) AS ttr_histogram`;

/** Candidate d: created after the load; its first refresh is the full rebuild whose cost is reported. */
function rollupView(db: string): string {
  return `CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.engagement_hourly
REFRESH EVERY 10 MINUTE
ENGINE = MergeTree ORDER BY (tenant_id, hour, channel, account_id, campaign_id, template_name)
AS SELECT
    tenant_id, toStartOfHour(assumeNotNull(anchor)) AS hour, channel, account_id, template_name, template_language,
    template_category, campaign_id, error_code,
    toUInt32(count()) AS sent,
    toUInt32(countIf(delivered IS NOT NULL)) AS delivered,
    toUInt32(countIf(read IS NOT NULL)) AS read,
    toUInt32(countIf(failed_at IS NOT NULL)) AS failed,
    toUInt32(countIf(timed)) AS timed_reads,
    sumIf(ttr_value, timed) AS ttr_sum,
    [toUInt32(countIf(timed AND ttr_value < 60)), toUInt32(countIf(timed AND ttr_value >= 60 AND ttr_value < 300)),
     toUInt32(countIf(timed AND ttr_value >= 300 AND ttr_value < 1800)), toUInt32(countIf(timed AND ttr_value >= 1800 AND ttr_value < 7200)),
     toUInt32(countIf(timed AND ttr_value >= 7200 AND ttr_value < 86400)), toUInt32(countIf(timed AND ttr_value >= 86400))] AS ttr_histogram,
    quantilesExactInclusiveIfState(0.5, 0.9, 0.99)(ttr_value, timed) AS ttr_values
FROM
(
    SELECT
        tenant_id, channel, account_id, template_name, template_language, template_category, campaign_id,
        ifNull(error_code, '') AS error_code, sent_at, effective_delivered_at AS delivered, effective_read_at AS read,
        failed_at, least(sent_at, effective_delivered_at, failed_at) AS anchor,
        toFloat64(ifNull(${TTR}, 0)) AS ttr_value, read IS NOT NULL AND sent_at IS NOT NULL AS timed
    FROM ${db}.message_facts_v
)
WHERE anchor IS NOT NULL
GROUP BY tenant_id, hour, channel, account_id, template_name, template_language, template_category, campaign_id, error_code`;
}

const ROLLUP_IN_PERIOD = `tenant_id = {tenant:String} AND hour >= toDateTime({from:Date}, {tz:String}) AND hour < toDateTime(addDays({to:Date}, 1), {tz:String})`;

/** The engagement page's queries, one shape per candidate. */
function engagementQueries(db: string): NamedQuery[] {
  const period = { tenant: TENANT, tz: TZ, ...PERIOD };
  const allTime = { tenant: TENANT, tz: TZ, ...ALL_TIME };
  const shapes: Array<{
    name: string;
    params: Record<string, unknown>;
    perMessage: (src: string) => string;
    rollup: string;
  }> = [
    {
      name: 'by-channel (30 d)',
      params: period,
      perMessage: (src) =>
        `SELECT channel, ${PER_MESSAGE_METRICS} FROM (${src}) WHERE ${IN_PERIOD} GROUP BY channel ORDER BY channel`,
      rollup: `SELECT channel, ${ROLLUP_METRICS} FROM ${db}.engagement_hourly WHERE ${ROLLUP_IN_PERIOD} GROUP BY channel ORDER BY channel`,
    },
    {
      name: 'by-template (all time)',
      params: allTime,
      perMessage: (src) =>
        `SELECT template_name, template_language, template_category, ${PER_MESSAGE_METRICS} FROM (${src}) WHERE ${IN_PERIOD} AND template_name != '' GROUP BY ALL ORDER BY sent DESC, template_name, template_language, template_category`,
      rollup: `SELECT template_name, template_language, template_category, ${ROLLUP_METRICS} FROM ${db}.engagement_hourly WHERE ${ROLLUP_IN_PERIOD} AND template_name != '' GROUP BY ALL ORDER BY sent DESC, template_name, template_language, template_category`,
    },
    {
      name: 'by-campaign (30 d)',
      params: period,
      perMessage: (src) =>
        `SELECT campaign_id, ${PER_MESSAGE_METRICS} FROM (${src}) WHERE ${IN_PERIOD} AND campaign_id != '' GROUP BY campaign_id ORDER BY sent DESC, campaign_id`,
      rollup: `SELECT campaign_id, ${ROLLUP_METRICS} FROM ${db}.engagement_hourly WHERE ${ROLLUP_IN_PERIOD} AND campaign_id != '' GROUP BY campaign_id ORDER BY sent DESC, campaign_id`,
    },
    {
      name: 'hour-of-week heatmap (30 d)',
      params: period,
      perMessage: (src) =>
        `SELECT toDayOfWeek(anchor, 0, {tz:String}) AS weekday, toHour(anchor, {tz:String}) AS hour, ${PER_MESSAGE_METRICS} FROM (${src}) WHERE ${IN_PERIOD} AND channel IN {readChannels:Array(String)} GROUP BY weekday, hour ORDER BY weekday, hour`,
      rollup: `SELECT toDayOfWeek(hour, 0, {tz:String}) AS weekday, toHour(hour, {tz:String}) AS hour_of_day, ${ROLLUP_METRICS} FROM ${db}.engagement_hourly WHERE ${ROLLUP_IN_PERIOD} AND channel IN {readChannels:Array(String)} GROUP BY weekday, hour_of_day ORDER BY weekday, hour_of_day`,
    },
    {
      name: 'daily by channel (30 d)',
      params: period,
      perMessage: (src) =>
        `SELECT toDate(anchor, {tz:String}) AS day, channel, ${PER_MESSAGE_METRICS} FROM (${src}) WHERE ${IN_PERIOD} GROUP BY day, channel ORDER BY day, channel`,
      rollup: `SELECT toDate(hour, {tz:String}) AS day, channel, ${ROLLUP_METRICS} FROM ${db}.engagement_hourly WHERE ${ROLLUP_IN_PERIOD} GROUP BY day, channel ORDER BY day, channel`,
    },
    {
      name: 'failures by code (30 d)',
      params: period,
      perMessage: (src) =>
        `SELECT channel, error_code, toUInt32(count()) AS failures FROM (${src}) WHERE ${IN_PERIOD} AND failed_at IS NOT NULL GROUP BY channel, error_code ORDER BY failures DESC, channel, error_code`,
      rollup: `SELECT channel, error_code, toUInt32(sum(failed)) AS failures FROM ${db}.engagement_hourly WHERE ${ROLLUP_IN_PERIOD} AND failed > 0 GROUP BY channel, error_code ORDER BY failures DESC, channel, error_code`,
    },
  ];
  return shapes.flatMap((shape) => {
    const params = { ...shape.params, readChannels: READ_CHANNELS };
    return [
      { name: `a ${shape.name}`, sql: shape.perMessage(messagesFromFacts(db)), params },
      { name: `b ${shape.name}`, sql: shape.perMessage(messagesFromDays(db)), params },
      { name: `d ${shape.name}`, sql: shape.rollup, params },
    ];
  });
}

/** Candidate c (counts only: status events carry neither the send time nor the template) and the campaign page. */
function otherQueries(db: string): NamedQuery[] {
  const params = { tenant: TENANT, tz: TZ, ...PERIOD };
  return [
    {
      name: 'c by-channel counts by event hour (30 d)',
      params,
      sql: `SELECT channel, toUInt32(uniqExactIfMerge(sent)) AS sent, toUInt32(uniqExactIfMerge(delivered)) AS delivered,
    toUInt32(uniqExactIfMerge(read)) AS read, toUInt32(uniqExactIfMerge(failed)) AS failed
FROM ${db}.message_counts_hourly
WHERE ${ROLLUP_IN_PERIOD}
GROUP BY channel ORDER BY channel`,
    },
    {
      name: 'campaigns: conversations by source (30 d)',
      params,
      sql: `SELECT referral_kind, referral_source_id, utm_source, utm_campaign, toUInt32(count()) AS conversations, toUInt32(uniqExact(contact_id)) AS contacts
FROM ${db}.conversation_facts_v
WHERE tenant_id = {tenant:String}
    AND first_customer_message_at >= toDateTime({from:Date}, {tz:String}) AND first_customer_message_at < toDateTime(addDays({to:Date}, 1), {tz:String})
GROUP BY ALL ORDER BY conversations DESC LIMIT 200`,
    },
    {
      name: 'campaigns: last-touch conversions by source (30 d)',
      params,
      sql: `SELECT t.referral_source_id AS source, t.utm_campaign AS utm_campaign, toUInt32(count()) AS conversions, sum(c.value) AS revenue
FROM
(
    SELECT contact_id, occurred_at, ifNull(conversion_value, 0) AS value
    FROM ${db}.events FINAL
    WHERE tenant_id = {tenant:String} AND type = 'conversion.recorded'
        AND occurred_at >= toDateTime({from:Date}, {tz:String}) AND occurred_at < toDateTime(addDays({to:Date}, 1), {tz:String})
) AS c
ASOF LEFT JOIN
(
    SELECT contact_id, assumeNotNull(first_customer_message_at) AS touched_at, referral_source_id, utm_campaign
    FROM ${db}.conversation_facts_v
    WHERE tenant_id = {tenant:String} AND referral_kind IS NOT NULL AND first_customer_message_at IS NOT NULL
) AS t ON c.contact_id = t.contact_id AND c.occurred_at >= t.touched_at
WHERE t.touched_at IS NULL OR c.occurred_at < t.touched_at + INTERVAL 7 DAY
GROUP BY source, utm_campaign ORDER BY conversions DESC LIMIT 200`,
    },
  ];
}

/** Deep equality with a relative tolerance for floats (sums in another order differ in the last bits). */
function close(x: unknown, y: unknown): boolean {
  if (typeof x === 'number' && typeof y === 'number') return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => close(v, y[i]));
  if (x && y && typeof x === 'object' && typeof y === 'object') {
    const keys = Object.keys(x);
    return (
      keys.length === Object.keys(y).length &&
      keys.every((k) => close((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]))
    );
  }
  return x === y;
}

const COUNTS = ['sent', 'delivered', 'read', 'failed', 'timed_reads', 'failures', 'ttr_histogram'];

/**
 * Candidates must agree: a and b exactly (both finalise per-message facts), d on every count and and, as its time-to-read state keeps every
 * value, on quantiles too. Prints per shape whether they agree and the largest relative quantile difference of d.
 */
async function compareCandidates(wh: Warehouse, queries: NamedQuery[]): Promise<void> {
  const run = async (q: NamedQuery) =>
    (
      await (
        await wh.client.query({ query: q.sql, query_params: q.params, format: 'JSONEachRow' })
      ).json<Record<string, unknown>>()
    ).map((row) => JSON.stringify(row));
  const shapes = new Set(queries.filter((q) => /^[abd] /.test(q.name)).map((q) => q.name.slice(2)));
  for (const shape of shapes) {
    const [a, b, d] = ['a', 'b', 'd'].map((c) => queries.find((q) => q.name === `${c} ${shape}`));
    if (!a || !b || !d) continue;
    const [ra, rb, rd] = await Promise.all([run(a), run(b), run(d)]);
    const same = ra.length === rb.length && ra.every((row, i) => close(JSON.parse(row), JSON.parse(rb[i] ?? 'null')));
    let countsMatch = ra.length === rd.length;
    let worst = 0;
    ra.forEach((row, i) => {
      const x = JSON.parse(row) as Record<string, unknown>;
      const y = JSON.parse(rd[i] ?? '{}') as Record<string, unknown>;
      for (const key of COUNTS) if (key in x && JSON.stringify(x[key]) !== JSON.stringify(y[key])) countsMatch = false;
      const qa = x.ttr_quantiles as number[] | undefined;
      const qd = y.ttr_quantiles as number[] | undefined;
      qa?.forEach((v, j) => {
        const w = qd?.[j];
        if (v > 0 && w !== undefined) worst = Math.max(worst, Math.abs(w - v) / v);
      });
    });
    console.log(
      `check ${shape}: a = b ${same ? 'yes' : 'NO'}; d counts ${countsMatch ? 'equal' : 'DIFFER'}; d quantiles within ${fmt(worst * 100, 3)}% of a`,
    );
  }
}

async function settle(wh: Warehouse): Promise<void> {
  for (;;) {
    const result = await wh.client.query({
      query: 'SELECT toUInt32(count()) AS n FROM system.merges',
      format: 'JSONEachRow',
    });
    const [row] = await result.json<{ n: number }>();
    if (!row || Number(row.n) === 0) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function sizes(wh: Warehouse): Promise<Array<{ table: string; rows: string; parts: number; bytes: string }>> {
  const result = await wh.client.query({
    query: `SELECT table, toString(sum(rows)) AS rows, toUInt32(count()) AS parts, formatReadableSize(sum(bytes_on_disk)) AS bytes
FROM system.parts WHERE database = {db:String} AND active GROUP BY table ORDER BY table`,
    query_params: { db: DATABASE },
    format: 'JSONEachRow',
  });
  return result.json();
}

async function refreshRollup(wh: Warehouse, db: string): Promise<number> {
  const t = performance.now();
  await wh.client.command({ query: rollupView(db) });
  await wh.client.command({ query: `SYSTEM WAIT VIEW ${db}.engagement_hourly` });
  return performance.now() - t;
}

function printTimings(timings: QueryTiming[]): void {
  console.log('\n| query | rows | cold ms | p50 ms | p95 ms | max ms | peak RSS MB (+ over start) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const t of timings) {
    const mb = (b: number) => fmt(b / 2 ** 20);
    console.log(
      `| ${t.name} | ${t.rows} | ${fmt(t.coldMs)} | ${fmt(t.p50)} | ${fmt(t.p95)} | ${fmt(t.max)} | ${mb(t.peakRss)} (+${mb(t.peakRssGrowth)}) |`,
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000000' },
      days: { type: 'string', default: '90' },
      runs: { type: 'string', default: '20' },
      'data-dir': { type: 'string' },
      reuse: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      only: { type: 'string' },
      'no-candidates': { type: 'boolean', default: false },
    },
  });
  const dataDir = values['data-dir'] ?? mkdtempSync(join(tmpdir(), 'checkmark-analytics-bench-'));
  const db = quoteIdentifier(DATABASE);
  console.log(
    `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ${fmt(totalmem() / 2 ** 30)} GiB · Node ${process.version} · ${dataDir}`,
  );
  const wh = await openWarehouse({ dataDir, database: DATABASE });
  try {
    if (!values.reuse) {
      if (!values['no-candidates'])
        for (const statement of candidateTables(db)) await wh.client.command({ query: statement });
      const events = Number(values.events);
      let next = 0;
      const load = await loadSimulatedEvents(wh.sink, {
        events,
        days: Number(values.days),
        seed: 7,
        tenant: TENANT,
        onProgress: (rows) => {
          if (rows >= next) {
            process.stderr.write(`  loaded ${fmt(rows)} events\n`);
            next += 1_000_000;
          }
        },
      });
      console.log(
        `loaded ${fmt(load.rows)} events: ${fmt(load.rows / (load.insertMs / 1000))} rows/s inside insertEvents, wall ${fmt(load.wallMs / 1000, 1)} s, peak RSS ${fmt(memory().hwm / 2 ** 20)} MB`,
      );
      const t = performance.now();
      await settle(wh);
      console.log(`background merges settled after ${fmt((performance.now() - t) / 1000, 1)} s`);
    }
    if (!values['no-candidates']) {
      resetPeakRss();
      const ms = await refreshRollup(wh, db);
      console.log(
        `candidate d: full refresh of engagement_hourly took ${fmt(ms)} ms, peak RSS ${fmt(memory().hwm / 2 ** 20)} MB`,
      );
    }
    for (const s of await sizes(wh)) console.log(`  ${s.table}: ${s.rows} rows, ${s.parts} parts, ${s.bytes}`);
    const only = values.only ? new RegExp(values.only) : undefined;
    const queries = values['no-candidates']
      ? []
      : [...engagementQueries(db), ...otherQueries(db)].filter((q) => !only || only.test(q.name));
    if (!values['no-candidates']) await compareCandidates(wh, queries);
    const timings: QueryTiming[] = [];
    for (const query of queries) {
      // A query far over budget gets fewer warm runs, so a slow candidate cannot hold the shared machine for long.
      const runs = Number(values.runs);
      const timing = await timeQuery(wh.client, query, runs, { slowMs: 2000, slowRuns: Math.min(runs, 5) });
      process.stderr.write(`  ${query.name}: p50 ${fmt(timing.p50)} ms, p95 ${fmt(timing.p95)} ms\n`);
      timings.push(timing);
    }
    printTimings(timings);
  } finally {
    await wh.close();
    if (!values.keep && !values['data-dir']) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
