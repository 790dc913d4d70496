/**
 * Row-store baseline (issue 5): first response time per agent computed the way a helpdesk on PostgreSQL does it,
 * next to Checkmark's `supportPerformance(groupBy: AGENT, basis: CALENDAR)` on the same data and periods.
 *
 * 1. Starts the product on a seeded data directory (use a COPY: the product applies new migrations and rebuilds
 *    its rollups), reads the tenant, its time zone and agents, and times supportPerformance by agent for one cold
 *    and --runs 30-day periods, each one day further back (as the page benchmark does); then stops it. With
 *    --checkmark FILE it takes all that from the page benchmark's --support-frt FILE instead (same directory,
 *    same periods, one product start fewer).
 * 2. Exports the tenant's message events (received / sent with sender kind, agent, team, conversation id, contact,
 *    account, channel, occurred_at) and conversation events from that directory with the product's warehouse
 *    client (chDB, in this process, the product stopped), deduplicated by id (FINAL).
 * 3. Loads them into a scratch PostgreSQL database (helpdesk schema and indexes: lib/helpdesk-sql.ts) with psql
 *    \copy, derives conversations, builds indexes, stores first-response reporting events, VACUUM ANALYZE;
 *    reports load time and table/index sizes.
 * 4. Times the helpdesk FRT report for the same periods (one cold run, --runs warm) in two forms — from the
 *    messages at query time, and from the stored reporting events — and compares each period's per-agent count,
 *    median, p90 and mean with Checkmark's; every mismatch is printed.
 *
 * Usage (after `npx tsc -b tsconfig.build.json && node tools/copy-sql.mjs`; PostgreSQL running, e.g.
 * `pg_ctlcluster 15 main start`):
 *   node bench/dist/support-rowstore.bench.js --data-dir COPY_OF_SEEDED_DIR [--runs 20] [--no-build]
 *     [--checkmark FILE] [--pg-url postgres://checkmark:checkmark@127.0.0.1:5432/postgres] [--keep-db]
 *     [--markdown FILE]
 * The scratch database (checkmark_rowstore_bench) is dropped at the end unless --keep-db.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { createWarehouseClient } from '@checkmark/schemas/warehouse';
import { frtDifferences, frtSideBySide, type AgentFrt } from './lib/frt-comparison';
import { HELPDESK_SQL } from './lib/helpdesk-sql';
import { freePort, memoryOf } from './lib/processes';
import { graphql, isoDay, login, serverPid, startProduct, waitForRollups } from './lib/product';
import { fmt, summarise } from './lib/stats';
import {
  agentFrtOf,
  SUPPORT_FRT_QUERY,
  tenantInfo,
  type AgentRow,
  type Period,
  type SupportFrtRecord,
} from './lib/support-frt-record';

const SCRATCH_DB = 'checkmark_rowstore_bench';
const WAREHOUSE_DB = 'checkmark';

const { values: args } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    runs: { type: 'string', default: '20' },
    'no-build': { type: 'boolean', default: false },
    'pg-url': {
      type: 'string',
      default: process.env.BENCH_POSTGRES_URL ?? 'postgres://checkmark:checkmark@127.0.0.1:5432/postgres',
    },
    'keep-db': { type: 'boolean', default: false },
    checkmark: { type: 'string' },
    markdown: { type: 'string' },
  },
});

/** Period `shift` days back: the pages' default 30 days (tenant-local dates), the first ending today. */
function period(shift: number): Period {
  const day = (back: number) => isoDay(Date.now() - (shift + back) * 86_400_000);
  return { from: day(29), to: day(0) };
}

function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  return fn().then((value) => ({ ms: performance.now() - t, value }));
}

/** Starts the product on the directory and records supportPerformance by agent for the periods, then stops it. */
async function measureCheckmark(dataDir: string, periods: Period[]): Promise<SupportFrtRecord> {
  const product = await startProduct(dataDir, await freePort(), 1, 1, { build: !args['no-build'] });
  try {
    const { url } = product;
    const pid = serverPid(product);
    const token = await login(url);
    const record: SupportFrtRecord = { ...(await tenantInfo(url, token)), periods, ms: [], peakRss: 0, frt: [] };
    await waitForRollups(url, token);
    if (pid) writeFileSync(`/proc/${pid}/clear_refs`, '5');
    for (const p of periods) {
      const { ms, value } = await timed(() => graphql(url, token, SUPPORT_FRT_QUERY, { filter: p }));
      record.ms.push(ms);
      record.frt.push(agentFrtOf(value, record.agents));
    }
    if (pid) record.peakRss = memoryOf(pid).hwm;
    return record;
  } finally {
    await product.stop();
  }
}

/** Writes the tenant's message and conversation events to a TSV file in events_in's column order. */
async function exportEvents(dataDir: string, tenantId: string, file: string): Promise<number> {
  const client = createWarehouseClient({ dataDir: join(dataDir, 'clickhouse'), database: WAREHOUSE_DB });
  try {
    const t = performance.now();
    // INTO OUTFILE takes a literal path only; the file name is ours (a fresh temporary directory), the tenant a parameter.
    await client.command({
      query: `SELECT id, type, occurred_at, channel, account_id, contact_id, conversation_id, sender_kind, agent_id,
       team_id, content_type, conversation_action
FROM ${WAREHOUSE_DB}.events FINAL
WHERE tenant_id = {tenant:String} AND type IN ('message.received', 'message.sent', 'conversation.updated')
  AND contact_id != ''
INTO OUTFILE '${file.replace(/'/g, '')}' TRUNCATE FORMAT TabSeparated`,
      query_params: { tenant: tenantId },
    });
    return performance.now() - t;
  } finally {
    await client.close();
  }
}

interface Load {
  copyMs: number;
  deriveMs: number;
  reportingMs: number;
  indexMs: number;
  analyzeMs: number;
  sizes: { name: string; table_bytes: string; index_bytes: string; rows: string }[];
}

function psqlCopy(dbUrl: string, file: string): number {
  const t = performance.now();
  // The password travels in the environment, not on the command line (process lists show arguments).
  const url = new URL(dbUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  const result = spawnSync(
    'psql',
    [url.toString(), '-v', 'ON_ERROR_STOP=1', '-q', '-c', `\\copy events_in FROM '${file}'`],
    {
      encoding: 'utf8',
      env: { ...process.env, PGPASSWORD: password },
    },
  );
  if (result.status !== 0) throw new Error(`psql \\copy failed: ${result.stderr}`);
  return performance.now() - t;
}

async function loadPostgres(
  db: Client,
  dbUrl: string,
  tenantId: string,
  agents: AgentRow[],
  file: string,
): Promise<Load> {
  for (const statement of HELPDESK_SQL.schema) await db.query(statement);
  const copyMs = psqlCopy(dbUrl, file);
  const derive = await timed(async () => {
    await db.query(HELPDESK_SQL.keyed);
    // Fresh tables have no statistics; without them the key joins below plan as nested loops.
    await db.query('ANALYZE events_keyed');
    await db.query(HELPDESK_SQL.conversationKeys);
    await db.query('ANALYZE conversation_keys');
    await db.query(HELPDESK_SQL.conversations, [tenantId]);
    await db.query(HELPDESK_SQL.messages, [tenantId]);
    await db.query(HELPDESK_SQL.conversationEvents);
    for (const a of agents) {
      await db.query('INSERT INTO agents VALUES ($1, $2, $3, $4)', [tenantId, a.id, a.externalId, a.name]);
    }
    for (const statement of HELPDESK_SQL.dropStaging) await db.query(statement);
  });
  const index = await timed(async () => {
    for (const statement of HELPDESK_SQL.indexes) await db.query(statement);
  });
  await db.query('ANALYZE');
  // What the write path would have stored, computed here in one pass over the loaded conversations.
  const reporting = await timed(() => db.query(HELPDESK_SQL.reportingEvents, [tenantId]));
  const analyze = await timed(() => db.query('VACUUM ANALYZE'));
  const sizes = (await db.query<Load['sizes'][number]>(HELPDESK_SQL.sizes)).rows;
  return {
    copyMs,
    deriveMs: derive.ms,
    reportingMs: reporting.ms,
    indexMs: index.ms,
    analyzeMs: analyze.ms,
    sizes,
  };
}

async function postgresFrt(db: Client, sql: string, side: SupportFrtRecord, p: Period): Promise<AgentFrt[]> {
  const { rows } = await db.query<{
    agent_id: string;
    name: string | null;
    count: number;
    median_ms: number | null;
    p90_ms: number | null;
    mean_ms: string | number | null;
  }>(sql, [side.tenantId, p.from, p.to, side.timeZone]);
  const num = (v: string | number | null) => (v === null ? null : Number(v));
  return rows.map((r) => ({
    agent: r.agent_id,
    label: r.name ?? r.agent_id,
    count: r.count,
    medianMs: num(r.median_ms),
    p90Ms: num(r.p90_ms),
    meanMs: num(r.mean_ms),
  }));
}

interface PostgresTiming {
  name: string;
  sql: string;
  ms: number[];
  frt: AgentFrt[][];
  /** Peak resident memory of the session's backend process while this query ran (same machine only). */
  peakRss?: number;
  plan: string;
}

/** One cold and the warm runs of `sql` over the periods, in a session of its own backend. */
async function timePostgres(
  db: Client,
  name: string,
  sql: string,
  side: SupportFrtRecord,
  periods: Period[],
): Promise<PostgresTiming> {
  const backend = (await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  const local = existsSync(`/proc/${backend}/status`);
  if (local) writeFileSync(`/proc/${backend}/clear_refs`, '5');
  const timing: PostgresTiming = { name, sql, ms: [], frt: [], plan: '' };
  for (const p of periods) {
    const { ms, value } = await timed(() => postgresFrt(db, sql, side, p));
    timing.ms.push(ms);
    timing.frt.push(value);
  }
  if (local) timing.peakRss = memoryOf(backend).hwm;
  const params = [side.tenantId, periods[1].from, periods[1].to, side.timeZone];
  const plan = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  timing.plan = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
  return timing;
}

function crossCheck(timing: PostgresTiming, side: SupportFrtRecord, periods: Period[]): string[] {
  const names: [string, string] = ['PostgreSQL', 'Checkmark'];
  const mismatches = periods.map((_, i) => frtDifferences(timing.frt[i], side.frt[i], names));
  const identical = mismatches.filter((m) => m.length === 0).length;
  return [
    `- ${timing.name}: ${identical} of ${periods.length} periods identical.`,
    ...mismatches.flatMap((m, i) =>
      m.length === 0
        ? []
        : [
            `  - ${periods[i].from}…${periods[i].to}: ${m.slice(0, 8).join('; ')}${m.length > 8 ? ` (+${m.length - 8} more)` : ''}`,
          ],
    ),
  ];
}

async function main() {
  const dataDir = args['data-dir'];
  if (!dataDir || !existsSync(join(dataDir, 'demo-seed.json')))
    throw new Error('--data-dir must be (a copy of) a seeded product data directory');
  // Checkmark's side: recorded by the page benchmark on the same directory (--support-frt), or measured here.
  const checkmark = args.checkmark
    ? (JSON.parse(readFileSync(args.checkmark, 'utf8')) as SupportFrtRecord)
    : await measureCheckmark(
        dataDir,
        Array.from({ length: Number(args.runs) + 1 }, (_, shift) => period(shift)),
      );
  const { periods } = checkmark;
  const runs = periods.length - 1;
  const scratch = mkdtempSync(join(tmpdir(), 'checkmark-rowstore-'));
  const file = join(scratch, 'events.tsv');
  const admin = new Client({ connectionString: args['pg-url'] });
  await admin.connect();
  const dbUrl = new URL(args['pg-url']);
  dbUrl.pathname = `/${SCRATCH_DB}`;
  let db: Client | undefined;
  try {
    const exportMs = await exportEvents(dataDir, checkmark.tenantId, file);
    const exportBytes = statSync(file).size;
    await admin.query(`DROP DATABASE IF EXISTS ${SCRATCH_DB}`);
    await admin.query(`CREATE DATABASE ${SCRATCH_DB}`);
    db = new Client({ connectionString: dbUrl.toString() });
    await db.connect();
    const load = await loadPostgres(db, dbUrl.toString(), checkmark.tenantId, checkmark.agents, file);
    rmSync(scratch, { recursive: true, force: true });
    // A reporting session's sort memory; the server's other settings stay as installed.
    await db.query("SET work_mem = '64MB'");
    const settings = (
      await db.query<{ name: string; setting: string; unit: string | null }>(
        `SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'jit', 'max_parallel_workers_per_gather', 'server_version') ORDER BY name`,
      )
    ).rows;
    const timings = [
      await timePostgres(
        db,
        'PostgreSQL, from the messages at query time (conversations ⋈ first agent message)',
        HELPDESK_SQL.firstResponseByAgent,
        checkmark,
        periods,
      ),
      await timePostgres(
        db,
        'PostgreSQL, from stored first-response reporting events',
        HELPDESK_SQL.firstResponseByAgentPrecomputed,
        checkmark,
        periods,
      ),
    ];

    const mb = (b: number | string | undefined) => (b === undefined ? 'n/a' : fmt(Number(b) / 2 ** 20, 1));
    const rowsOf = (name: string) => Number(load.sizes.find((s) => s.name === name)?.rows ?? 0);
    const loadTotal = load.copyMs + load.deriveMs + load.indexMs + load.reportingMs + load.analyzeMs;
    const row = (name: string, ms: number[], peak: number | undefined) => {
      const warm = summarise(ms.slice(1));
      return `| ${name} | ${fmt(ms[0])} | ${fmt(warm.p50)} | ${fmt(warm.p95)} | ${fmt(warm.max)} | ${mb(peak)} |`;
    };
    const report = [
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}; PostgreSQL ${settings.map((s) => `${s.name}=${s.setting}${s.unit ?? ''}`).join(', ')}.`,
      `Tenant time zone ${checkmark.timeZone}; ${runs} warm runs after one cold run, each a 30-day period one day further back (first: ${periods[0].from}…${periods[0].to}).`,
      '',
      `Export from chDB: ${fmt(exportMs)} ms, ${mb(exportBytes)} MB TSV. Load into PostgreSQL: \\copy ${fmt(load.copyMs)} ms, deriving conversations and filling the helpdesk tables ${fmt(load.deriveMs)} ms, indexes ${fmt(load.indexMs)} ms, first-response reporting events ${fmt(load.reportingMs)} ms, VACUUM ANALYZE ${fmt(load.analyzeMs)} ms (total ${fmt(loadTotal / 1000, 1)} s); ${fmt(rowsOf('messages'))} messages, ${fmt(rowsOf('conversations'))} conversations, ${fmt(rowsOf('conversation_events'))} conversation events, ${fmt(rowsOf('reporting_events'))} first responses.`,
      '',
      '| table | rows | table MB | indexes MB |',
      '|---|---:|---:|---:|',
      ...load.sizes.map((s) => `| ${s.name} | ${fmt(Number(s.rows))} | ${mb(s.table_bytes)} | ${mb(s.index_bytes)} |`),
      '',
      '| first response time by agent, 30 days | cold ms | p50 ms | p95 ms | max ms | peak RSS MB |',
      '|---|---:|---:|---:|---:|---:|',
      ...timings.map((t) => row(t.name, t.ms, t.peakRss)),
      row(
        `Checkmark supportPerformance(groupBy: AGENT, basis: CALENDAR), whole GraphQL operation${args.checkmark ? ' (recorded by the page benchmark)' : ''}`,
        checkmark.ms,
        checkmark.peakRss || undefined,
      ),
      '',
      'Peak RSS: the PostgreSQL backend serving the session (shared buffers it touched included), the API process for Checkmark (engine included).',
      '',
      'Cross-check against Checkmark (count exact; median, p90 and mean within 1 ms):',
      ...timings.flatMap((t) => crossCheck(t, checkmark, periods)),
      '',
      `First period, side by side (${periods[0].from}…${periods[0].to}):`,
      '',
      frtSideBySide(timings[0].frt[0], checkmark.frt[0], ['PostgreSQL', 'Checkmark']),
      '',
      ...timings.flatMap((t) => [`Plan, ${t.name} (second period):`, '', '```', t.plan, '```', '']),
    ].join('\n');
    process.stdout.write(report);
    if (args.markdown) writeFileSync(args.markdown, report);
  } finally {
    await db?.end();
    if (!args['keep-db']) await admin.query(`DROP DATABASE IF EXISTS ${SCRATCH_DB}`);
    await admin.end();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
