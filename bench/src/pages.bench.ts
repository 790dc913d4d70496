/**
 * Page benchmark (issue 4): every GraphQL operation behind the Engagement and Campaigns pages, timed against the
 * real embedded product loaded with N simulated demo events. The product is started exactly as users start it
 * (`tools/start.mjs`: embedded chDB + SQLite in a scratch DATA_DIR, demo world and traffic seeded through the
 * public API), so each figure is what the dashboard waits for: GraphQL parsing, auth, the relational reads and
 * every ClickHouse query of the operation. Peak memory is the API process's (the engine runs inside it).
 *
 * Usage (after `npx tsc -b tsconfig.build.json && node tools/copy-sql.mjs` and a web build):
 *   node bench/dist/pages.bench.js --events 10000000 [--days 90] [--runs 20] [--data-dir DIR] [--keep]
 *     [--only REGEX] [--markdown FILE]
 * A --data-dir that already holds a seeded product is reused (no second seed); --keep leaves a scratch one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort, memoryOf } from './lib/processes';
import { fmt, summarise } from './lib/stats';

const root = join(__dirname, '../..');
const ADMIN = { email: 'bench@checkmark.local', password: 'bench-pages-password-2026' };

interface Operation {
  page: 'Engagement' | 'Campaigns' | 'Template detail' | 'Drill-down';
  name: string;
  query: string;
  /** Variables for one run; `shift` moves the period `shift` days back, so no run repeats another's filter. */
  variables: (shift: number) => Record<string, unknown>;
}

interface Timing {
  op: Operation;
  coldMs: number;
  p50: number;
  p95: number;
  max: number;
  runs: number;
  peakRss: number;
}

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    days: { type: 'string', default: '90' },
    runs: { type: 'string', default: '20' },
    'data-dir': { type: 'string' },
    keep: { type: 'boolean', default: false },
    only: { type: 'string' },
    markdown: { type: 'string' },
  },
});

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The pages' default period (last 30 days), the Engagement page's groupings and the Campaigns page's views. */
function operations(templateName: string | undefined): Operation[] {
  const day = (shift: number, back: number) => isoDay(Date.now() - (shift + back) * 86_400_000);
  const filter = (shift: number) => ({ from: day(shift, 29), to: day(shift, 0) });
  const allTime = (shift: number) => ({ from: day(shift, 365), to: day(shift, 0) });
  const stats = 'sent delivered read deliveryRate readRate medianSeconds p90Seconds p99Seconds meanSeconds';
  const engagement = `query E($filter: AnalyticsFilter!, $groupBy: EngagementDimension) {
    engagement(filter: $filter, groupBy: $groupBy) {
      timeZone total { ${stats} } days { date sent delivered read medianSeconds }
      histogram { bucket count } heatmap { dayOfWeek hour sent read readRate medianSeconds }
      groups { key label stats { ${stats} } } } }`;
  const funnel = `query F($filter: AnalyticsFilter!, $groupBy: FunnelDimension) {
    funnel(filter: $filter, groupBy: $groupBy) {
      currency windowDays
      rows { key label sent delivered read replied converted medianSecondsToRead medianSecondsToReply
             optOutRate complaintRate cost costPerMessage } } }`;
  const performance = `query P($filter: AnalyticsFilter!, $groupBy: CampaignDimension, $model: AttributionModel) {
    campaignPerformance(filter: $filter, groupBy: $groupBy, model: $model) {
      currency windowDays unconvertedCurrencies
      total { conversations uniqueContacts conversions revenue spend costPerConversion roas }
      rows { key label conversations uniqueContacts newOptIns messagesSent replies conversions revenue spend
             costPerConversation costPerConversion roas }
      days { date conversations conversions revenue spend } } }`;
  const ops: Operation[] = [
    ...(['CHANNEL', 'ACCOUNT', 'TEMPLATE', 'CATEGORY', 'CAMPAIGN'] as const).map((groupBy) => ({
      page: 'Engagement' as const,
      name: `engagement by ${groupBy.toLowerCase()}`,
      query: engagement,
      variables: (shift: number) => ({ filter: filter(shift), groupBy }),
    })),
    {
      page: 'Engagement',
      name: 'failureReasons',
      query: `query R($filter: AnalyticsFilter!) { failureReasons(filter: $filter) { channel errorCode count share meaning } }`,
      variables: (shift: number) => ({ filter: filter(shift) }),
    },
    {
      page: 'Engagement',
      name: 'templates (last 365 days)',
      query: `query T($filter: AnalyticsFilter!) { templates(filter: $filter) {
        nodes { name language channel category sent delivered read failed replied complaints optOuts readRate medianTimeToReadSeconds quality status } totalCount } }`,
      variables: (shift: number) => ({ filter: allTime(shift) }),
    },
    {
      page: 'Engagement',
      name: 'funnel by channel',
      query: funnel,
      variables: (shift: number) => ({ filter: filter(shift), groupBy: 'CHANNEL' }),
    },
    {
      page: 'Drill-down',
      name: 'engagementMessages (first page)',
      query: `query M($filter: AnalyticsFilter!, $drillDown: EngagementDrillDown) {
        engagementMessages(filter: $filter, drillDown: $drillDown, page: { first: 50 }) {
          nodes { messageId channel sentAt readAt timeToReadSeconds } totalCount } }`,
      variables: (shift: number) => ({ filter: filter(shift), drillDown: { dimension: 'CHANNEL', key: 'whatsapp' } }),
    },
    ...(['CAMPAIGN', 'SOURCE', 'CHANNEL'] as const).map((groupBy) => ({
      page: 'Campaigns' as const,
      name: `campaignPerformance by ${groupBy.toLowerCase()}, last touch`,
      query: performance,
      variables: (shift: number) => ({ filter: filter(shift), groupBy, model: 'LAST_TOUCH' }),
    })),
    {
      page: 'Campaigns',
      name: 'campaignPerformance by campaign, first touch',
      query: performance,
      variables: (shift: number) => ({ filter: filter(shift), groupBy: 'CAMPAIGN', model: 'FIRST_TOUCH' }),
    },
    {
      page: 'Campaigns',
      name: 'funnel by campaign',
      query: funnel,
      variables: (shift: number) => ({ filter: filter(shift), groupBy: 'CAMPAIGN' }),
    },
    {
      page: 'Drill-down',
      name: 'attributedConversations (first page)',
      query: `query C($filter: AnalyticsFilter!) { attributedConversations(filter: $filter, page: { first: 50 }) {
        nodes { conversationId channel startedAt sourceKind } totalCount } }`,
      variables: (shift: number) => ({ filter: filter(shift) }),
    },
    {
      page: 'Drill-down',
      name: 'attributedConversions (first page)',
      query: `query V($filter: AnalyticsFilter!) { attributedConversions(filter: $filter, page: { first: 50 }) {
        nodes { eventId occurredAt value currency sourceKind } totalCount } }`,
      variables: (shift: number) => ({ filter: filter(shift) }),
    },
  ];
  if (templateName) {
    ops.push(
      {
        page: 'Template detail',
        name: 'templateHistory',
        query: `query H($name: String!) { templateHistory(name: $name) { occurredAt reason changes { field from to } } }`,
        variables: () => ({ name: templateName }),
      },
      {
        page: 'Template detail',
        name: 'templateFailures (last 365 days)',
        query: `query TF($filter: AnalyticsFilter!, $name: String!) {
          templateFailures(filter: $filter, name: $name) { channel errorCode count meaning } }`,
        variables: (shift: number) => ({ filter: allTime(shift), name: templateName }),
      },
    );
  }
  return ops;
}

/** The launcher's API child (`api/dist/main.js`), found through /proc. */
function apiPid(launcherPid: number): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (ppid === launcherPid && cmd.includes('api/dist/main.js')) return Number(entry);
    } catch {
      // The process ended while the table was read.
    }
  }
  return undefined;
}

function startProduct(
  dataDir: string,
  port: number,
  events: number,
  days: number,
): Promise<{ launcher: ChildProcess; seededMs: number }> {
  const started = Date.now();
  const launcher = spawn(process.execPath, [join(root, 'tools/start.mjs')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      DATA_DIR: dataDir,
      SEED_DEMO_EVENTS: String(events),
      SEED_DEMO_DAYS: String(days),
      CHECKMARK_ADMIN_EMAIL: ADMIN.email,
      CHECKMARK_ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    launcher.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      process.stderr.write(text);
      out += text;
      if (/ready at http/.test(out)) resolve({ launcher, seededMs: Date.now() - started });
    });
    launcher.once('exit', (code) => reject(new Error(`the product exited (${code}) before it was ready`)));
  });
}

async function graphql(url: string, token: string | undefined, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${JSON.stringify(body.errors)} in ${query.slice(0, 80)}`);
  return body.data!;
}

async function timeOperation(url: string, token: string, op: Operation, runs: number, pid: number): Promise<Timing> {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
  let t = performance.now();
  await graphql(url, token, op.query, op.variables(0));
  const coldMs = performance.now() - t;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await graphql(url, token, op.query, op.variables(i + 1));
    ms.push(performance.now() - t);
  }
  const s = summarise(ms);
  return { op, coldMs, p50: s.p50, p95: s.p95, max: s.max, runs, peakRss: memoryOf(pid).hwm };
}

/** Waits until the start-up rebuild of the rollups has finished, so it does not run under the timed queries. */
async function waitForRollups(url: string, token: string): Promise<number> {
  const started = Date.now();
  const day = isoDay(started);
  for (;;) {
    const data = (await graphql(
      url,
      token,
      `query { engagement(filter: { from: "${day}", to: "${day}" }) { asOf } }`,
      {},
    )) as {
      engagement: { asOf: string | null };
    };
    if (data.engagement.asOf) return Date.now() - started;
    if (Date.now() - started > 30 * 60_000) throw new Error('the rollups were not rebuilt within 30 minutes');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function table(timings: Timing[]): string {
  const mb = (b: number) => fmt(b / 1024 / 1024);
  const lines = [
    '| page | operation | cold ms | p50 ms | p95 ms | max ms | peak RSS MB | p95 ≤ 200 ms |',
    '|---|---|---:|---:|---:|---:|---:|:---:|',
    ...timings.map(
      (t) =>
        `| ${t.op.page} | ${t.op.name} | ${fmt(t.coldMs)} | ${fmt(t.p50)} | ${fmt(t.p95)} | ${fmt(t.max)} | ${mb(t.peakRss)} | ${t.p95 <= 200 ? 'yes' : 'no'} |`,
    ),
  ];
  return lines.join('\n');
}

async function main() {
  const events = Number(args.events);
  const days = Number(args.days);
  const runs = Number(args.runs);
  const dataDir = args['data-dir'] ?? mkdtempSync(join(tmpdir(), 'checkmark-pages-bench-'));
  const reused = existsSync(join(dataDir, 'demo-seed.json'));
  const port = await freePort();
  const { launcher, seededMs } = await startProduct(dataDir, port, events, days);
  const url = `http://127.0.0.1:${port}`;
  try {
    const pid = apiPid(launcher.pid!);
    if (!pid) throw new Error('the API process was not found');
    const loaded = memoryOf(pid);
    const { login } = (await graphql(
      url,
      undefined,
      `
        mutation L($email: String!, $password: String!) {
          login(email: $email, password: $password) {
            token
          }
        }
      `,
      ADMIN,
    )) as { login: { token: string } };
    const { templates } = (await graphql(
      url,
      login.token,
      `query { templates(filter: { from: "${isoDay(Date.now() - 365 * 86_400_000)}", to: "${isoDay(Date.now())}" }) { nodes { name } } }`,
      {},
    )) as { templates: { nodes: { name: string }[] } };
    const rolledUpMs = await waitForRollups(url, login.token);
    const startupPeak = memoryOf(pid).hwm;
    const only = args.only ? new RegExp(args.only) : undefined;
    const timings: Timing[] = [];
    for (const op of operations(templates.nodes[0]?.name)) {
      if (only && !only.test(op.name)) continue;
      const timing = await timeOperation(url, login.token, op, runs, pid);
      process.stderr.write(`${op.page} / ${op.name}: p50 ${fmt(timing.p50)} ms, p95 ${fmt(timing.p95)} ms\n`);
      timings.push(timing);
    }
    const header = [
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}.`,
      `Demo events requested: ${fmt(events)} over ${days} days; ${reused ? 'reused data directory' : `first start with seeding took ${fmt(seededMs / 1000, 1)} s`}.`,
      `API process after start: RSS ${fmt(loaded.rss / 2 ** 20)} MB; rollups ready ${fmt(rolledUpMs / 1000, 1)} s after it; peak RSS until then ${fmt(startupPeak / 2 ** 20)} MB. ${runs} runs per operation after one cold run; each run asks for a 30-day period one day further back than the one before (the first ends today), so no run repeats a filter and no result cache answers it.`,
    ].join('\n');
    const report = `${header}\n\n${table(timings)}\n`;
    process.stdout.write(report);
    if (args.markdown) writeFileSync(args.markdown, report);
  } finally {
    launcher.kill('SIGINT');
    await new Promise((resolve) => launcher.once('exit', resolve));
    if (!args['data-dir'] && !args.keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
