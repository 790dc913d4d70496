/**
 * Ingestion benchmark (issue: data plane). Measures, in one run on this machine:
 *  - raw ClickHouse (chDB) insert rate of the pipeline's rows, and the pipeline's own rate (parse+validate+enrich);
 *  - Kafka → ClickHouse sustained rate through the real ingester process, and its peak RSS;
 *  - produce-to-queryable latency at a steady 5,000 events/s;
 *  - /v1/events → ClickHouse sustained rate through the real embedded server, and its peak RSS.
 * Results are written to docs/benchmarks.md. Usage: npm run build && node bench/dist/ingest.bench.js [events]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { Kafka, logLevel, CompressionTypes } from 'kafkajs';
import { TOPICS, partitionKey, type CanonicalEvent } from '@checkmark/schemas';
import { createPseudonymiser, processRecord } from '@checkmark/schemas/pipeline';
import { openWarehouse } from '@checkmark/schemas/warehouse';
import { counter, freePort, memoryOf, startNode, until } from './lib/processes';
import { fmt, summarise } from './lib/stats';

const root = join(__dirname, '../..');
const EVENTS = Number(process.argv[2] ?? process.env.BENCH_EVENTS ?? 1_000_000);
const STEADY_RATE = 5000;
const STEADY_SECONDS = Number(process.env.BENCH_STEADY_SECONDS ?? 30);
const PARTITIONS = Number(process.env.BENCH_PARTITIONS ?? 4);
const KEY = 'bench-pseudonymisation-key-0123456789';
const TENANT = 'bench';

async function* lines(file: string): AsyncGenerator<string> {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity }))
    if (line) yield line;
}

function generate(file: string): number {
  const t0 = Date.now();
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'ingest/dist/simulator/cli.js'),
      '--seed',
      '7',
      '--events',
      String(EVENTS),
      '--tenant',
      TENANT,
      '--format',
      'ndjson',
      '--out',
      file,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (r.status !== 0) throw new Error('simulator failed');
  const count = Number(execFileSync('wc', ['-l', file]).toString().trim().split(' ')[0]);
  console.log(`generated ${fmt(count)} events in ${fmt((Date.now() - t0) / 1000, 1)} s`);
  return count;
}

async function rawInsert(file: string, dir: string) {
  const pseudonymiser = createPseudonymiser(KEY);
  const wh = await openWarehouse({ dataDir: join(dir, 'raw-chdb'), database: 'bench_raw' });
  let pipelineMs = 0;
  let insertMs = 0;
  let rows = 0;
  let batch: CanonicalEvent[] = [];
  const flush = async () => {
    const t = performance.now();
    await wh.sink.insertEvents(batch);
    insertMs += performance.now() - t;
    rows += batch.length;
    batch = [];
  };
  for await (const line of lines(file)) {
    const t = performance.now();
    const r = processRecord(line, { pseudonymiser, tenantId: TENANT });
    pipelineMs += performance.now() - t;
    if (r.kind === 'ok') batch.push(r.value);
    if (batch.length >= 50_000) await flush();
  }
  if (batch.length) await flush();
  await wh.close();
  return { rows, insertRate: rows / (insertMs / 1000), pipelineRate: rows / (pipelineMs / 1000) };
}

function startKafka(): { brokers: string; dir: string } {
  const out = execFileSync(join(root, 'tools/kafka/start.sh'), ['--owner-pid', String(process.pid)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  }).toString();
  const get = (k: string) => new RegExp(`^${k}=(.*)$`, 'm').exec(out)?.[1] ?? '';
  return { brokers: get('KAFKA_BROKERS'), dir: get('KAFKA_DIR') };
}

async function kafkaPath(file: string, dir: string, brokers: string) {
  const kafka = new Kafka({ clientId: 'bench', brokers: [brokers], logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: [
      { topic: TOPICS.events, numPartitions: PARTITIONS },
      { topic: TOPICS.deadLetters, numPartitions: 1 },
    ],
    waitForLeaders: true,
  });
  await admin.disconnect();
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();

  const t0 = Date.now();
  let pending: { key: string; value: string }[] = [];
  let produced = 0;
  for await (const line of lines(file)) {
    const e = JSON.parse(line) as { contactId?: string; accountId?: string };
    pending.push({ key: partitionKey(TENANT, e.contactId ?? e.accountId ?? ''), value: line });
    if (pending.length >= 1000) {
      await producer.send({ topic: TOPICS.events, acks: -1, compression: CompressionTypes.None, messages: pending });
      produced += pending.length;
      pending = [];
    }
  }
  if (pending.length) await producer.send({ topic: TOPICS.events, acks: -1, messages: pending });
  produced += pending.length;
  const produceRate = produced / ((Date.now() - t0) / 1000);
  console.log(`produced ${fmt(produced)} events at ${fmt(produceRate)}/s`);

  const metricsPort = await freePort();
  const metrics = `http://127.0.0.1:${metricsPort}/metrics`;
  const ingester = startNode(
    join(root, 'ingest/dist/main.js'),
    {
      KAFKA_BROKERS: brokers,
      DATA_DIR: join(dir, 'ingest-data'),
      CHECKMARK_PSEUDONYM_KEY: KEY,
      METRICS_PORT: String(metricsPort),
      KAFKA_GROUP_ID: 'bench',
      LOG_LEVEL: 'warn',
    },
    'ingester',
  );
  const pid = ingester.child.pid!;
  let peakRss = 0;
  const sampler = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, memoryOf(pid).rss);
    } catch {
      // process gone
    }
  }, 50);

  // What of the RSS is the JS side (V8 heap, Buffers outside it); the rest is the embedded engine and the binary.
  let peakHeap = 0;
  let peakExternal = 0;
  const heapSampler = setInterval(() => {
    void Promise.all([
      counter(metrics, 'checkmark_ingest_nodejs_heap_size_total_bytes'),
      counter(metrics, 'checkmark_ingest_nodejs_external_memory_bytes'),
    ])
      .then(([heap, external]) => {
        peakHeap = Math.max(peakHeap, heap);
        peakExternal = Math.max(peakExternal, external);
      })
      .catch(() => undefined);
  }, 250);

  const started = await until(
    async () => ((await counter(metrics, 'checkmark_ingest_consumed_total')) > 0 ? Date.now() : undefined),
    120_000,
    'first consumed event',
    5,
  );
  await until(
    async () => ((await counter(metrics, 'checkmark_ingest_inserted_total')) >= produced ? true : undefined),
    1_800_000,
    'all events inserted',
    50,
  );
  const kafkaRate = produced / ((Date.now() - started) / 1000);
  console.log(`kafka → clickhouse: ${fmt(kafkaRate)} events/s`);

  // Steady 5,000 events/s: batches of 100 every 20 ms, each with fresh ids.
  const sample: string[] = [];
  for await (const line of lines(file)) {
    sample.push(line);
    if (sample.length >= 20_000) break;
  }
  const base = await counter(metrics, 'checkmark_ingest_inserted_total');
  const perBatch = STEADY_RATE / 50;
  const batches = STEADY_SECONDS * 50;
  const sent: { at: number; cumulative: number }[] = [];
  const seen: { at: number; inserted: number }[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const inserted = (await counter(metrics, 'checkmark_ingest_inserted_total')) - base;
      seen.push({ at: performance.now(), inserted });
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  const steadyStart = performance.now();
  for (let b = 0; b < batches; b++) {
    const due = steadyStart + b * 20;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const messages = Array.from({ length: perBatch }, (_, i) => {
      const n = b * perBatch + i;
      const e = JSON.parse(sample[n % sample.length]) as { id: string; contactId?: string; accountId?: string };
      e.id = `${e.id.slice(0, 100)}:f${n}`;
      return { key: partitionKey(TENANT, e.contactId ?? e.accountId ?? ''), value: JSON.stringify(e) };
    });
    const at = performance.now();
    await producer.send({ topic: TOPICS.events, acks: -1, messages });
    sent.push({ at, cumulative: (b + 1) * perBatch });
  }
  await until(
    () => Promise.resolve(seen.length && seen[seen.length - 1].inserted >= batches * perBatch ? true : undefined),
    120_000,
    'steady events inserted',
  );
  polling = false;
  await poller;
  const latencies = sent.map((s) => (seen.find((p) => p.inserted >= s.cumulative)?.at ?? Number.NaN) - s.at);
  await producer.disconnect();
  clearInterval(sampler);
  clearInterval(heapSampler);
  await ingester.stop();
  const alone = await ingesterAlone(brokers, produced + batches * perBatch);
  return {
    produced,
    kafkaRate,
    peakRss,
    peakHeap,
    peakExternal,
    freshness: summarise(latencies.filter(Number.isFinite)),
    alone,
  };
}

/**
 * The ingester as in the scaled deployment (ClickHouse over HTTP, no engine in its process), against a stub
 * that answers every request and discards the inserts: the ingester's own ceiling and memory. A new consumer
 * group reads the whole topic again.
 */
async function ingesterAlone(brokers: string, total: number) {
  const stub = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end(req.url?.startsWith('/ping') ? 'Ok.\n' : ''));
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  const address = stub.address();
  const stubUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const metricsPort = await freePort();
  const metrics = `http://127.0.0.1:${metricsPort}/metrics`;
  const ingester = startNode(
    join(root, 'ingest/dist/main.js'),
    {
      KAFKA_BROKERS: brokers,
      CLICKHOUSE_URL: stubUrl,
      CHECKMARK_PSEUDONYM_KEY: KEY,
      METRICS_PORT: String(metricsPort),
      KAFKA_GROUP_ID: 'bench-alone',
      LOG_LEVEL: 'warn',
    },
    'ingester-alone',
  );
  const pid = ingester.child.pid!;
  let peakRss = 0;
  const sampler = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, memoryOf(pid).rss);
    } catch {
      // process gone
    }
  }, 50);
  try {
    const started = await until(
      async () => ((await counter(metrics, 'checkmark_ingest_consumed_total')) > 0 ? Date.now() : undefined),
      120_000,
      'first consumed event (alone)',
      5,
    );
    await until(
      async () => ((await counter(metrics, 'checkmark_ingest_inserted_total')) >= total ? true : undefined),
      1_800_000,
      'all events handled (alone)',
      50,
    );
    const rate = total / ((Date.now() - started) / 1000);
    console.log(`kafka → ingester alone (stub server): ${fmt(rate)} events/s, peak RSS ${fmt(peakRss / 2 ** 20)} MB`);
    return { rate, peakRss };
  } finally {
    clearInterval(sampler);
    await ingester.stop();
    stub.close();
  }
}

async function eventsApiPath(file: string, dir: string) {
  const port = await freePort();
  const server = startNode(
    join(root, 'api/dist/main.js'),
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: join(dir, 'api-data'),
      CHECKMARK_BOOTSTRAP_API_KEY: 'bench-key',
      CHECKMARK_PSEUDONYM_KEY: KEY,
      KAFKA_BROKERS: '',
      LOG_LEVEL: 'warn',
    },
    'api',
  );
  const url = `http://127.0.0.1:${port}`;
  await until(async () => ((await fetch(`${url}/healthz`)).ok ? true : undefined), 120_000, 'api healthy', 100);
  const pid = server.child.pid!;
  let peakRss = 0;
  const sampler = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, memoryOf(pid).rss);
    } catch {
      // process gone
    }
  }, 50);
  const chunks: string[] = [];
  let current: string[] = [];
  // The API key decides the tenant; a body naming another tenant is rejected, so integrators send none.
  const tenantField = `"tenantId":${JSON.stringify(TENANT)}`;
  for await (const line of lines(file)) {
    current.push(line.replace(`${tenantField},`, '').replace(`,${tenantField}`, ''));
    if (current.length >= 5000) {
      chunks.push(current.join('\n'));
      current = [];
    }
  }
  if (current.length) chunks.push(current.join('\n'));
  let accepted = 0;
  let next = 0;
  const t0 = Date.now();
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < chunks.length) {
        const body = chunks[next++];
        const res = await fetch(`${url}/v1/events`, {
          method: 'POST',
          headers: { authorization: 'Bearer bench-key', 'content-type': 'application/x-ndjson' },
          body,
        });
        if (!res.ok && res.status !== 207) throw new Error(`/v1/events answered ${res.status}: ${await res.text()}`);
        const summary = (await res.json()) as { totals: { accepted: number } };
        accepted += summary.totals.accepted;
      }
    }),
  );
  const rate = accepted / ((Date.now() - t0) / 1000);
  clearInterval(sampler);
  await server.stop();
  console.log(`/v1/events → clickhouse: ${fmt(rate)} events/s (${fmt(accepted)} accepted)`);
  return { accepted, rate, peakRss };
}

/** The ingester tuning variables this run overrode (the child inherits the environment), or its defaults. */
function ingesterSettings(): string {
  const set = Object.entries(process.env).filter(([k]) => /^(KAFKA_|INGEST_)/.test(k) && k !== 'KAFKA_BROKERS');
  return set.length ? set.map(([k, v]) => `${k}=${v}`).join(', ') : 'defaults';
}

function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30, 0)} GiB RAM, Node ${process.version}`;
}

function writeReport(section: string) {
  const path = join(root, 'docs/benchmarks.md');
  const begin = '<!-- ingest-bench:begin -->';
  const end = '<!-- ingest-bench:end -->';
  let doc: string;
  try {
    doc = readFileSync(path, 'utf8');
  } catch {
    doc =
      "# Benchmarks\n\nFigures measured on the project's own machine; reproduce with the commands given in each section.\n\n";
  }
  const block = `${begin}\n${section}\n${end}`;
  doc = doc.includes(begin)
    ? doc.replace(new RegExp(`${begin}[\\s\\S]*${end}`), block)
    : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, doc);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'checkmark-bench-'));
  const file = join(dir, 'events.ndjson');
  try {
    const count = generate(file);
    const raw = await rawInsert(file, dir);
    console.log(`raw chDB insert: ${fmt(raw.insertRate)} rows/s; pipeline: ${fmt(raw.pipelineRate)} events/s`);
    const broker = startKafka();
    let kafka;
    try {
      kafka = await kafkaPath(file, dir, broker.brokers);
    } finally {
      spawnSync(join(root, 'tools/kafka/stop.sh'), [broker.dir], { stdio: 'inherit' });
    }
    const api = await eventsApiPath(file, dir);
    const mb = (b: number) => `${fmt(b / 2 ** 20)} MB`;
    const f = kafka.freshness;
    writeReport(
      [
        '## Ingestion (data plane)',
        '',
        `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, one run of \`node bench/dist/ingest.bench.js ${EVENTS}\``,
        `(after \`npm run build\`): ${fmt(count)} simulator events (seed 7, all channels and event types), ${PARTITIONS} partitions,`,
        `Kafka 3.9 single broker on loopback, embedded chDB for ClickHouse in every path; ingester settings: ${ingesterSettings()}.`,
        '',
        '| path | figure | target |',
        '|---|---|---|',
        `| raw ClickHouse insert of the same rows (chDB, 50k-row batches, insert time only) | ${fmt(raw.insertRate)} rows/s | — |`,
        `| pipeline alone (parse + validate + pseudonymise), one core | ${fmt(raw.pipelineRate)} events/s | — |`,
        `| Kafka → ClickHouse, ingester process, sustained | ${fmt(kafka.kafkaRate)} events/s | ≥ 100,000 events/s |`,
        `| produce-to-queryable at a steady ${fmt(STEADY_RATE)} events/s for ${STEADY_SECONDS} s: p50 / p99 / max | ${fmt(f.p50)} / ${fmt(f.p99)} / ${fmt(f.max)} ms | p99 ≤ 2,000 ms |`,
        `| ingester peak RSS (includes the in-process ClickHouse engine; of it V8 heap ≤ ${mb(kafka.peakHeap)}, Buffers ≤ ${mb(kafka.peakExternal)}) | ${mb(kafka.peakRss)} | ≤ 512 MB |`,
        `| Kafka → ingester with ClickHouse as a server (stub that discards inserts), sustained: the ingester's own ceiling | ${fmt(kafka.alone.rate)} events/s | — |`,
        `| ingester peak RSS with ClickHouse as a server (no engine in the process) | ${mb(kafka.alone.peakRss)} | ≤ 512 MB |`,
        `| \`/v1/events\` → ClickHouse, embedded server, 5,000-line NDJSON posts, 4 concurrent | ${fmt(api.rate)} events/s | — |`,
        `| embedded server peak RSS during the posts | ${mb(api.peakRss)} | — |`,
        '',
        "Freshness is measured from the producer's send to the moment the ingester's `checkmark_ingest_inserted_total`",
        'counter (incremented after the insert returned) covers the batch, polled every 5 ms.',
      ].join('\n'),
    );
    console.log('wrote docs/benchmarks.md');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
