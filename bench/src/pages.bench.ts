/**
 * Page benchmark (issues 4 and 5): every GraphQL operation behind the dashboard pages (Overview, Engagement,
 * Campaigns, Support, Quality & tiers, Complaints and the alerts bell), timed against the real embedded product
 * loaded with N simulated demo events. The product is started exactly as users start it (`tools/start.mjs`: embedded chDB + SQLite
 * in a scratch DATA_DIR, demo world and traffic seeded through the public API), so each figure is what the dashboard
 * waits for: GraphQL parsing, auth, the relational reads and every ClickHouse query of the operation. Peak memory is
 * the API process's (the engine runs inside it). The operations are in lib/page-operations.ts.
 *
 * Usage (after `npx tsc -b tsconfig.build.json && node tools/copy-sql.mjs` and a web build):
 *   node bench/dist/pages.bench.js --events 10000000 [--days 90] [--runs 20] [--data-dir DIR] [--keep]
 *     [--pages overview,engagement,campaigns,support,quality,complaints,alerts] [--only REGEX] [--markdown FILE] [--no-build]
 *     [--support-frt FILE] [--no-detection]
 * A --data-dir that already holds a seeded product is reused (no second seed); --keep leaves a scratch one;
 * --no-build runs the built server directly on a seeded --data-dir (no launcher, no incremental build);
 * --support-frt writes the answers of "supportPerformance by agent, calendar" for support-rowstore.bench.ts --checkmark;
 * --no-detection turns compliance detection off, so only the page queries run (compliance.bench.ts times detection).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pageOperations, parsePages, type Operation, type OperationContext } from './lib/page-operations';
import { freePort, memoryOf } from './lib/processes';
import {
  graphql,
  isoDay,
  login,
  rollupsAsOf,
  serverPid,
  startProduct,
  waitForQuietRollups,
  waitForRollups,
} from './lib/product';
import { fmt, summarise } from './lib/stats';
import { agentFrtOf, tenantInfo, type Period, type SupportFrtRecord } from './lib/support-frt-record';

interface Timing {
  op: Operation;
  coldMs: number;
  p50: number;
  p95: number;
  max: number;
  runs: number;
  peakRss: number;
  /** A rollup rebuild finished while the runs went on (the figures' as-of time moved), so it ran beside them. */
  rebuilt: boolean;
}

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    days: { type: 'string', default: '90' },
    runs: { type: 'string', default: '20' },
    'data-dir': { type: 'string' },
    keep: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    pages: { type: 'string' },
    only: { type: 'string' },
    markdown: { type: 'string' },
    'support-frt': { type: 'string' },
    // Times the queries alone: compliance detection (a full-history run at start, then every minute) is
    // measured by bench/src/compliance.bench.ts.
    'no-detection': { type: 'boolean', default: false },
  },
});

/** The operation whose answers `--support-frt` records for the row-store baseline's cross-check. */
const SUPPORT_FRT_OPERATION = 'supportPerformance by agent, calendar';

/** Times runs 1…`runs` of an operation (the warm-up pass made run 0); `onData` sees each answer with its `shift`. */
async function timeOperation(
  url: string,
  token: string,
  op: Operation,
  runs: number,
  pid: number,
  coldMs: number,
  onData?: (shift: number, data: unknown, ms: number) => void,
): Promise<Timing> {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
  const asOf = await rollupsAsOf(url, token);
  const ms: number[] = [];
  for (let shift = 1; shift <= runs; shift++) {
    const t = performance.now();
    const data = await graphql(url, token, op.query, op.variables(shift));
    const elapsed = performance.now() - t;
    ms.push(elapsed);
    onData?.(shift, data, elapsed);
  }
  const s = summarise(ms);
  const peakRss = memoryOf(pid).hwm;
  const rebuilt = (await rollupsAsOf(url, token)) !== asOf;
  return { op, coldMs, p50: s.p50, p95: s.p95, max: s.max, runs, peakRss, rebuilt };
}

/** Ids the detail views need: a template with traffic and a WhatsApp account with quality history. */
async function operationContext(url: string, token: string): Promise<OperationContext> {
  const filter = { from: isoDay(Date.now() - 365 * 86_400_000), to: isoDay(Date.now()) };
  const data = (await graphql(
    url,
    token,
    `
      query C($filter: AnalyticsFilter!) {
        templates(filter: $filter) {
          nodes {
            name
          }
        }
        accountHealth(filter: $filter) {
          businessAccountId
          lastChangedAt
        }
      }
    `,
    { filter },
  )) as {
    templates: { nodes: { name: string }[] };
    accountHealth: { businessAccountId: string | null; lastChangedAt: string | null }[];
  };
  return {
    templateName: data.templates.nodes[0]?.name,
    accountId: data.accountHealth.find((a) => a.lastChangedAt && a.businessAccountId)?.businessAccountId ?? undefined,
  };
}

/** Targets the breach list and SLA figures are timed with when the tenant has set none (the demo may set its own). */
const BENCH_SLA_TARGETS = [
  { kind: 'FIRST_RESPONSE', minutes: 15, basis: 'BUSINESS' },
  { kind: 'NEXT_REPLY', minutes: 60, basis: 'BUSINESS' },
  { kind: 'RESOLUTION', minutes: 24 * 60, basis: 'CALENDAR' },
];

/** Sets BENCH_SLA_TARGETS when the tenant has no SLA target; returns the targets in force as text. */
async function ensureSlaTargets(url: string, token: string): Promise<string> {
  const describe = (targets: { kind: string; minutes: number; basis: string }[]) =>
    targets.map((t) => `${t.kind} ${t.minutes} min ${t.basis.toLowerCase()}`).join(', ');
  const { slaSettings } = (await graphql(url, token, 'query { slaSettings { targets { kind minutes basis } } }')) as {
    slaSettings: { targets: { kind: string; minutes: number; basis: string }[] };
  };
  if (slaSettings.targets.length > 0) return `the tenant's SLA targets (${describe(slaSettings.targets)})`;
  await graphql(
    url,
    token,
    'mutation S($targets: [SlaTargetInput!]!) { updateSlaSettings(targets: $targets) { updatedAt } }',
    { targets: BENCH_SLA_TARGETS },
  );
  return `SLA targets set by the benchmark (${describe(BENCH_SLA_TARGETS)})`;
}

function table(timings: Timing[]): string {
  const mb = (b: number) => fmt(b / 1024 / 1024);
  const lines = [
    '| page | operation | cold ms | p50 ms | p95 ms | max ms | peak RSS MB | p95 ≤ 200 ms |',
    '|---|---|---:|---:|---:|---:|---:|:---:|',
    ...timings.map(
      (t) =>
        `| ${t.op.section} | ${t.op.name}${t.rebuilt ? ' †' : ''} | ${fmt(t.coldMs)} | ${fmt(t.p50)} | ${fmt(t.p95)} | ${fmt(t.max)} | ${mb(t.peakRss)} | ${t.p95 <= 200 ? 'yes' : 'no'} |`,
    ),
  ];
  if (timings.some((t) => t.rebuilt))
    lines.push('', '† A scheduled rebuild of the rollups finished while these runs went on (it ran beside them).');
  return lines.join('\n');
}

async function main() {
  const runs = Number(args.runs);
  const pages = parsePages(args.pages);
  const dataDir = args['data-dir'] ?? mkdtempSync(join(tmpdir(), 'checkmark-pages-bench-'));
  const planPath = join(dataDir, 'demo-seed.json');
  const reused = existsSync(planPath);
  // A reused directory holds what its first start seeded, whatever this run asks for.
  const plan = reused ? (JSON.parse(readFileSync(planPath, 'utf8')) as { events: number; days: number }) : undefined;
  const events = plan?.events ?? Number(args.events);
  const days = plan?.days ?? Number(args.days);
  const product = await startProduct(dataDir, await freePort(), events, days, {
    build: !args['no-build'],
    ...(args['no-detection'] ? { env: { CHECKMARK_COMPLIANCE_DETECTION_INTERVAL_SECONDS: '0' } } : {}),
  });
  const { url } = product;
  try {
    const pid = serverPid(product);
    if (!pid) throw new Error('the API process was not found');
    const loaded = memoryOf(pid);
    const token = await login(url);
    const context = await operationContext(url, token);
    const sla = pages.includes('support') ? ` Support figures with ${await ensureSlaTargets(url, token)}.` : '';
    const rolledUpMs = await waitForRollups(url, token);
    const settledMs = await waitForQuietRollups(url, token);
    const startupPeak = memoryOf(pid).hwm;
    const only = args.only ? new RegExp(args.only) : undefined;
    const timings: Timing[] = [];
    const record: SupportFrtRecord | undefined = args['support-frt']
      ? { ...(await tenantInfo(url, token)), periods: [], ms: [], peakRss: 0, frt: [] }
      : undefined;
    const operations = pageOperations(pages, context).filter((op) => !only || only.test(op.name));
    // One warm-up pass over every operation, at both ends of the periods the runs ask for: the first run of an
    // operation after start is its cold figure, and the engine's caches (marks, indexes, compiled expressions) are
    // warm for whichever operation is timed first — without it the first one timed paid for the rest.
    // The support-rowstore record holds every run of its operation, the cold one (shift 0) first.
    const recordRun = (op: Operation, shift: number, data: unknown, ms: number) => {
      if (!record || op.name !== SUPPORT_FRT_OPERATION) return;
      record.periods.push((op.variables(shift) as { filter: Period }).filter);
      record.ms.push(ms);
      record.frt.push(agentFrtOf(data, record.agents));
    };
    const coldMs = new Map<Operation, number>();
    for (const op of operations) {
      const t = performance.now();
      const data = await graphql(url, token, op.query, op.variables(0));
      coldMs.set(op, performance.now() - t);
      recordRun(op, 0, data, coldMs.get(op)!);
      await graphql(url, token, op.query, op.variables(runs + 1));
    }
    for (const op of operations) {
      const recording = record && op.name === SUPPORT_FRT_OPERATION;
      const timing = await timeOperation(url, token, op, runs, pid, coldMs.get(op)!, (shift, data, ms) =>
        recordRun(op, shift, data, ms),
      );
      if (recording) record.peakRss = timing.peakRss;
      process.stderr.write(`${op.section} / ${op.name}: p50 ${fmt(timing.p50)} ms, p95 ${fmt(timing.p95)} ms\n`);
      timings.push(timing);
    }
    const header = [
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}.`,
      `Demo events: ${fmt(events)} over ${days} days; ${reused ? 'reused data directory' : `first start with seeding took ${fmt(product.seededMs / 1000, 1)} s`}.`,
      `API process after start: RSS ${fmt(loaded.rss / 2 ** 20)} MB; rollups ready ${fmt(rolledUpMs / 1000, 1)} s after it, no rebuild finishing for 45 s ${fmt((rolledUpMs + settledMs) / 1000, 1)} s after it; peak RSS until then ${fmt(startupPeak / 2 ** 20)} MB. one warm-up pass over the operations (each one's first run is its cold figure), then ${runs} timed runs per operation; each run asks for a 30-day period one day further back than the one before (the warm-up's ends today, the timed ones 1 to ${runs} days earlier), so no run repeats a filter and no result cache answers it.${sla}`,
    ].join('\n');
    const report = `${header}\n\n${table(timings)}\n`;
    process.stdout.write(report);
    if (args.markdown) writeFileSync(args.markdown, report);
    if (record) {
      if (record.frt.length === 0) throw new Error(`--support-frt: "${SUPPORT_FRT_OPERATION}" was not run`);
      writeFileSync(args['support-frt']!, JSON.stringify(record));
    }
  } finally {
    await product.stop();
    if (!args['data-dir'] && !args.keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
