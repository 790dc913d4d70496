/**
 * Compliance benchmark (issue 6): detection runs and every GraphQL read behind the Compliance pages, timed against
 * the real embedded product on a seeded data directory (as pages.bench.ts: the server as users run it, so each figure
 * includes GraphQL parsing, auth, the relational reads and every ClickHouse query). Before timing it waits for the
 * start-up rebuild of the rollups and for the start-up detection run (a short `redetectViolations` queues behind it:
 * the engine runs one detection per tenant at a time). Then:
 * - the full-history detection run (`redetectViolations` without a range: every detector, month by month, with the
 *   reconciliation against the stored violations), `--full-runs` times;
 * - an incremental-sized run (`redetectViolations` of the last 48 h, the engine's look-back), `--runs` times;
 * - complianceViolations (first page, 30 days), complianceViolationTrend (30 days by day), consentCoverage (30 days
 *   by DAY and by ACCOUNT), optOutHonouring (30 days with its first page), consentLedger of one contact,
 *   complianceReport (30 days) and GET /v1/compliance/report.pdf when the server has them.
 * Each read runs once cold and then `--runs` times, each asking for a 30-day period one day further back than the one
 * before (no result cache answers it). Peak memory is the API process's (the engine runs inside it).
 *
 * Usage (after `npx tsc -b tsconfig.build.json && node tools/copy-sql.mjs`):
 *   node bench/dist/compliance.bench.js --data-dir DIR [--runs 10] [--full-runs 1] [--only REGEX] [--markdown FILE]
 * DIR must hold a seeded product (e.g. a copy of a pages.bench data directory; the bench never seeds).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
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

const DAY_MS = 86_400_000;

const { values: args } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    runs: { type: 'string', default: '10' },
    'full-runs': { type: 'string', default: '1' },
    only: { type: 'string' },
    markdown: { type: 'string' },
  },
});

interface Operation {
  name: string;
  /** The shift-th run's work (0 = cold); resolves when the answer has arrived. */
  run(shift: number): Promise<unknown>;
  runs: number;
}

interface Timing {
  name: string;
  coldMs: number;
  p50: number;
  p95: number;
  max: number;
  runs: number;
  peakRss: number;
  rebuilt: boolean;
  note: string;
}

/** A 30-day analytics period ending `shift` days before `endMs`. */
function period(endMs: number, shift: number): { from: string; to: string } {
  const to = endMs - shift * DAY_MS;
  return { from: isoDay(to - 29 * DAY_MS), to: isoDay(to) };
}

async function time(url: string, token: string, pid: number, op: Operation): Promise<Timing> {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
  const asOf = await rollupsAsOf(url, token);
  const ms: number[] = [];
  let note = '';
  for (let shift = 0; shift <= op.runs; shift++) {
    const t = performance.now();
    const answer = await op.run(shift);
    ms.push(performance.now() - t);
    if (shift === 0 && typeof answer === 'string') note = answer;
  }
  const timed = op.runs === 0 ? ms : ms.slice(1);
  const s = summarise(timed);
  return {
    name: op.name,
    coldMs: ms[0],
    p50: s.p50,
    p95: s.p95,
    max: s.max,
    runs: timed.length,
    peakRss: memoryOf(pid).hwm,
    rebuilt: (await rollupsAsOf(url, token)) !== asOf,
    note,
  };
}

async function hasQueryField(url: string, token: string, field: string): Promise<boolean> {
  const data = (await graphql(url, token, 'query { __schema { queryType { fields { name } } } }')) as {
    __schema: { queryType: { fields: { name: string }[] } };
  };
  return data.__schema.queryType.fields.some((f) => f.name === field);
}

/** The newest day with business messages (the seeded traffic may end before today). */
async function lastTrafficDay(url: string, token: string): Promise<number> {
  const now = Date.now();
  const data = (await graphql(
    url,
    token,
    `
      query C($filter: AnalyticsFilter!) {
        consentCoverage(filter: $filter, groupBy: DAY) {
          key
          messages
        }
      }
    `,
    { filter: { from: isoDay(now - 365 * DAY_MS), to: isoDay(now) } },
  )) as { consentCoverage: { key: string; messages: number }[] };
  const days = data.consentCoverage.filter((r) => r.messages > 0).map((r) => r.key);
  if (days.length === 0) throw new Error('the data directory has no business messages in the last year');
  return Date.parse(`${days[days.length - 1]}T12:00:00Z`);
}

function detectionRun(url: string, token: string, range: () => { from?: string; to?: string }) {
  return async () => {
    const data = (await graphql(
      url,
      token,
      `
        mutation R($from: DateTime, $to: DateTime) {
          redetectViolations(from: $from, to: $to) {
            from
            to
            found
            inserted
            updated
            retracted
          }
        }
      `,
      range(),
    )) as { redetectViolations: { from: string | null; to: string; found: number } };
    const r = data.redetectViolations;
    return `${r.from ?? '—'} .. ${r.to}: ${fmt(r.found)} violations found`;
  };
}

function operations(url: string, token: string, endMs: number, contactId: string, extra: Set<string>): Operation[] {
  const runs = Number(args.runs);
  const q = (query: string, variables: (shift: number) => Record<string, unknown>) => (shift: number) =>
    graphql(url, token, query, variables(shift));
  const ops: Operation[] = [
    {
      name: 'full-history detection run (redetectViolations, no range)',
      run: detectionRun(url, token, () => ({})),
      runs: Math.max(0, Number(args['full-runs']) - 1),
    },
    {
      name: 'incremental-sized detection run (last 48 h)',
      run: detectionRun(url, token, () => ({
        from: new Date(Date.now() - 2 * DAY_MS).toISOString(),
        to: new Date().toISOString(),
      })),
      runs,
    },
    {
      name: 'complianceViolations, first page of 50, 30 days',
      run: q(
        `query V($filter: ViolationFilter!) {
          complianceViolations(filter: $filter, page: { first: 50 }) {
            totalCount nodes { id kind severity occurredAt evidence }
          }
        }`,
        (shift) => ({ filter: period(endMs, shift) }),
      ),
      runs,
    },
    {
      name: 'complianceViolationTrend, 30 days by day',
      run: q(
        `query T($filter: ViolationFilter!) {
          complianceViolationTrend(filter: $filter, interval: DAY) { date total byKind { kind count } }
        }`,
        (shift) => ({ filter: period(endMs, shift) }),
      ),
      runs,
    },
    ...(['DAY', 'ACCOUNT'] as const).map((groupBy) => ({
      name: `consentCoverage, 30 days by ${groupBy}`,
      run: q(
        `query C($filter: AnalyticsFilter!, $groupBy: CoverageGroupBy!) {
          consentCoverage(filter: $filter, groupBy: $groupBy) {
            key label businessInitiated covered coverage noConsent afterOptOut purposeMismatch
          }
        }`,
        (shift) => ({ filter: period(endMs, shift), groupBy }),
      ),
      runs,
    })),
    {
      name: 'optOutHonouring, 30 days with the first page of 20',
      run: q(
        `query H($filter: AnalyticsFilter!) {
          optOutHonouring(filter: $filter, page: { first: 20 }) {
            optOuts honoured violated messagesAfterOptOut medianDelaySeconds maxDelaySeconds
            rows { totalCount nodes { eventId optedOutAt messagesAfter delaySeconds } }
          }
        }`,
        (shift) => ({ filter: period(endMs, shift) }),
      ),
      runs,
    },
    {
      name: 'consentLedger of one contact with states now',
      run: q(
        `query L($contactId: String!) {
          consentLedger(contactId: $contactId) {
            entries { occurredAt channel purpose action method evidence { text formId } }
            states { channel purpose state blocked }
          }
        }`,
        () => ({ contactId }),
      ),
      runs,
    },
  ];
  if (extra.has('complianceReport')) {
    ops.push({
      name: 'complianceReport, 30 days',
      run: q(
        `query R($input: ComplianceReportInput!) {
          complianceReport(input: $input) { generatedAt }
        }`,
        (shift) => ({ input: period(endMs, shift) }),
      ),
      runs,
    });
    ops.push({
      name: 'GET /v1/compliance/report.pdf, 30 days',
      run: async (shift) => {
        const p = period(endMs, shift);
        const response = await fetch(`${url}/v1/compliance/report.pdf?from=${p.from}&to=${p.to}&lang=en`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (!response.ok) throw new Error(`report.pdf answered ${response.status}`);
        const bytes = (await response.arrayBuffer()).byteLength;
        return `${fmt(bytes / 1024)} KiB`;
      },
      runs,
    });
  }
  return ops;
}

/** A contact with an opt-out in the last year (its ledger has entries), else any contact with a violation. */
async function someContact(url: string, token: string, endMs: number): Promise<string> {
  const data = (await graphql(
    url,
    token,
    `
      query H($filter: AnalyticsFilter!) {
        optOutHonouring(filter: $filter, page: { first: 1 }) {
          rows {
            nodes {
              contactId
            }
          }
        }
      }
    `,
    { filter: { from: isoDay(endMs - 364 * DAY_MS), to: isoDay(endMs) } },
  )) as { optOutHonouring: { rows: { nodes: { contactId: string }[] } } };
  const contact = data.optOutHonouring.rows.nodes[0]?.contactId;
  if (!contact) throw new Error('no opt-out in the last year to take a contact from');
  return contact;
}

function table(timings: Timing[]): string {
  const mb = (b: number) => fmt(b / 2 ** 20);
  const lines = [
    '| operation | cold ms | runs | p50 ms | p95 ms | max ms | peak RSS MB | answer |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...timings.map(
      (t) =>
        `| ${t.name}${t.rebuilt ? ' †' : ''} | ${fmt(t.coldMs)} | ${t.runs} | ${fmt(t.p50)} | ${fmt(t.p95)} | ${fmt(t.max)} | ${mb(t.peakRss)} | ${t.note} |`,
    ),
  ];
  if (timings.some((t) => t.rebuilt))
    lines.push('', '† A scheduled rebuild of the rollups finished while these runs went on (it ran beside them).');
  return lines.join('\n');
}

async function main() {
  const dataDir = args['data-dir'];
  if (!dataDir || !existsSync(join(dataDir, 'demo-seed.json')))
    throw new Error('--data-dir must name a seeded product data directory');
  const plan = JSON.parse(readFileSync(join(dataDir, 'demo-seed.json'), 'utf8')) as { events: number; days: number };
  const product = await startProduct(dataDir, await freePort(), plan.events, plan.days, { build: false });
  const { url } = product;
  // A server that dies under the load says so (the timed requests would only see "fetch failed").
  product.launcher.once('exit', (code, signal) =>
    process.stderr.write(`the product exited (code ${code ?? '-'}, signal ${signal ?? '-'})\n`),
  );
  try {
    const pid = serverPid(product);
    if (!pid) throw new Error('the API process was not found');
    const loaded = memoryOf(pid);
    const token = await login(url);
    const rolledUpMs = await waitForRollups(url, token);
    const startupDetection = performance.now();
    await detectionRun(url, token, () => ({
      from: new Date(Date.now() - 1000).toISOString(),
      to: new Date().toISOString(),
    }))();
    const detectedMs = rolledUpMs + performance.now() - startupDetection;
    const settledMs = await waitForQuietRollups(url, token);
    const startupPeak = memoryOf(pid).hwm;
    const endMs = await lastTrafficDay(url, token);
    const contactId = await someContact(url, token, endMs);
    const extra = new Set((await hasQueryField(url, token, 'complianceReport')) ? ['complianceReport'] : []);
    const only = args.only ? new RegExp(args.only) : undefined;
    const timings: Timing[] = [];
    for (const op of operations(url, token, endMs, contactId, extra)) {
      if (only && !only.test(op.name)) continue;
      const timing = await time(url, token, pid, op);
      process.stderr.write(
        `${op.name}: cold ${fmt(timing.coldMs)} ms, p50 ${fmt(timing.p50)} ms, p95 ${fmt(timing.p95)} ms\n`,
      );
      timings.push(timing);
    }
    const header = [
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}.`,
      `Demo events: ${fmt(plan.events)} over ${plan.days} days (reused data directory); periods end ${isoDay(endMs)}, the last day with traffic.`,
      `API process after start: RSS ${fmt(loaded.rss / 2 ** 20)} MB; rollups ready ${fmt(rolledUpMs / 1000, 1)} s after it, the start-up detection run done ${fmt(detectedMs / 1000, 1)} s after it, no rebuild finishing for 45 s ${fmt((detectedMs + settledMs) / 1000, 1)} s after it; peak RSS until then ${fmt(startupPeak / 2 ** 20)} MB. Reads: one cold run, then ${args.runs} runs, each a 30-day period one day further back.`,
    ].join('\n');
    const report = `${header}\n\n${table(timings)}\n`;
    process.stdout.write(report);
    if (args.markdown) writeFileSync(args.markdown, report);
  } finally {
    await product.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
