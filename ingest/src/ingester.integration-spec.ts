import { randomBytes } from 'node:crypto';
import { DLQ_HEADERS } from '@checkmark/schemas';
import { quoteIdentifier, runCommand } from '@checkmark/schemas/warehouse';
import type { Admin } from 'kafkajs';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import {
  consumeAll,
  createTopic,
  kafkaBrokers,
  produce,
  testKafka,
  uniqueTopic,
  type TestMessage,
} from '@checkmark/test/helpers/kafka';
import { waitFor } from '@checkmark/test/helpers/wait-for';
import { Ingester } from './ingester';
import { createKafka } from './kafka/create-kafka';
import { createJsonLogger } from './logger';
import { IngestMetrics } from './metrics';
import { startMetricsServer } from './metrics-server';
import type { EventBatchSink } from './sinks/event-batch-sink';

const PARTITIONS = 2;
const TIMEOUT_MS = 60000;

function eventJson(tenantId: string, i: number): string {
  return JSON.stringify({
    id: `${tenantId}-evt-${i}`,
    type: 'message.sent',
    tenantId,
    occurredAt: '2026-03-01T10:00:00+01:00',
    channel: 'whatsapp',
    accountId: 'acc-1',
    contactId: `+49151000${String(i % 7).padStart(4, '0')}`,
    source: 'simulator',
    schemaVersion: 1,
    payload: { sender: { kind: 'bot' }, isTemplate: false, contentType: 'text', text: `hello ${i}` },
  });
}

const events = (tenantId: string, from: number, count: number): TestMessage[] =>
  Array.from({ length: count }, (_, k) => ({
    key: `${tenantId}:contact-${(from + k) % 7}`,
    value: eventJson(tenantId, from + k),
  }));

describe('Ingester (real Kafka, real chDB)', () => {
  let wh: TestWarehouse;
  let admin: Admin;
  const running: Ingester[] = [];
  /** Unblocks sinks a test froze, so their consumers can stop even when the test failed half-way. */
  const unfreeze: (() => void)[] = [];

  beforeAll(async () => {
    wh = await testWarehouse();
    admin = testKafka().admin();
    await admin.connect();
  });

  afterEach(async () => {
    const stopped = Promise.all(running.splice(0).map((ingester) => ingester.stop()));
    for (const release of unfreeze.splice(0)) release();
    await stopped;
  }, TIMEOUT_MS);

  afterAll(async () => {
    await admin?.disconnect();
    if (wh) await dropTestDatabase(wh);
  });

  /** A fresh events topic, dead-letter topic, consumer group and tenant, so tests share nothing but engines. */
  async function scenario() {
    const topic = await createTopic(uniqueTopic('ingest-events'), PARTITIONS);
    const deadLetterTopic = await createTopic(uniqueTopic('ingest-dlq'), 1);
    return {
      topic,
      deadLetterTopic,
      groupId: uniqueTopic('ingest-group'),
      tenant: `t_${randomBytes(4).toString('hex')}`,
    };
  }

  function startIngester(
    { topic, deadLetterTopic, groupId }: { topic: string; deadLetterTopic: string; groupId: string },
    sink: EventBatchSink = wh.sink,
  ) {
    const config = {
      kafka: {
        brokers: kafkaBrokers(),
        clientId: 'ingest-integration',
        groupId,
        topic,
        deadLetterTopic,
        sessionTimeoutMs: 6000,
        heartbeatIntervalMs: 500,
        rebalanceTimeoutMs: 8000,
        maxWaitMs: 100,
        maxBytesPerPartition: 1024 * 1024,
      },
      pseudonymKey: 'integration-test-pseudonym-key',
      batch: { maxRows: 25, maxBytes: 1024 * 1024 },
      backoff: { initialMs: 50, maxMs: 400 },
    };
    // Set CHECKMARK_TEST_LOGS=1 to see the ingester's and KafkaJS's warnings while debugging a failure.
    const logger = createJsonLogger('warn', (line) => process.env.CHECKMARK_TEST_LOGS && process.stderr.write(line));
    const metrics = new IngestMetrics({ processMetrics: false });
    const ingester = new Ingester({
      config,
      kafka: createKafka(config.kafka, logger),
      sink,
      pingWarehouse: async () => (await wh.client.ping()).success,
      metrics,
      logger,
    });
    running.push(ingester);
    return { ingester, metrics };
  }

  async function stored(tenant: string): Promise<{ rows: number; ids: number; raw: number }> {
    const [row] = await wh.query<{ rows: string; ids: string }>(
      `SELECT count() AS rows, uniqExact(id) AS ids FROM ${quoteIdentifier(wh.database)}.events FINAL WHERE tenant_id = {tenant:String}`,
      { tenant },
    );
    const [raw] = await wh.query<{ n: string }>(
      `SELECT count() AS n FROM ${quoteIdentifier(wh.database)}.events WHERE tenant_id = {tenant:String}`,
      { tenant },
    );
    return { rows: Number(row.rows), ids: Number(row.ids), raw: Number(raw.n) };
  }

  /** Sum over partitions of the group's committed offsets (a partition without a commit counts 0). */
  async function committed(groupId: string, topic: string): Promise<number> {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return (offsets?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
  }

  const metricValue = async (metrics: IngestMetrics, name: string): Promise<number> => {
    const values = (await metrics.registry.getSingleMetric(name)!.get()).values;
    return values.reduce((sum, v) => sum + v.value, 0);
  };

  it(
    'stores every produced event exactly once, pseudonymised, commits the offsets and reports metrics and health',
    async () => {
      const s = await scenario();
      await produce(s.topic, events(s.tenant, 0, 60));
      const { ingester, metrics } = startIngester(s);
      const server = await startMetricsServer({
        port: 0,
        registry: metrics.registry,
        healthy: () => ingester.healthy(),
        logger: createJsonLogger('error', () => undefined),
      });
      try {
        await ingester.start();
        await waitFor(
          () => stored(s.tenant),
          (n) => n.rows === 60,
          { what: '60 stored events' },
        );
        await waitFor(
          () => committed(s.groupId, s.topic),
          (n) => n === 60,
          { what: 'offsets committed up to the end' },
        );

        await produce(s.topic, events(s.tenant, 60, 30));
        await waitFor(
          () => committed(s.groupId, s.topic),
          (n) => n === 90,
          { what: 'offsets of the second wave committed' },
        );
        expect(await stored(s.tenant)).toEqual({ rows: 90, ids: 90, raw: 90 });
        const [raw] = await wh.query<{ n: string }>(
          `SELECT countIf(NOT startsWith(contact_id, 'p1_')) AS n FROM ${quoteIdentifier(wh.database)}.events WHERE tenant_id = {tenant:String}`,
          { tenant: s.tenant },
        );
        expect(Number(raw.n)).toBe(0);

        const health = await fetch(`http://127.0.0.1:${server.port}/healthz`);
        expect(health.status).toBe(200);
        const text = await (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text();
        expect(text).toContain('checkmark_ingest_consumed_total 90');
        expect(text).toContain('checkmark_ingest_inserted_total 90');
        expect(text).toMatch(new RegExp(`checkmark_ingest_lag\\{topic="${s.topic}",partition="\\d"\\} 0`));

        await ingester.stop();
        expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(503);
      } finally {
        await server.close();
      }
    },
    TIMEOUT_MS,
  );

  it(
    'after a consumer dies between insert and commit, its replacement stores every event exactly once',
    async () => {
      const s = await scenario();
      await produce(s.topic, events(s.tenant, 0, 80));

      // The first consumer freezes right after its first insert landed, before any offset is resolved, like a
      // process killed at the worst moment: it stops heartbeating and the group evicts it.
      let firstInsertDone = false;
      let release: (error: Error) => void = () => undefined;
      const frozen = new Promise<never>((_, reject) => (release = reject));
      frozen.catch(() => undefined);
      unfreeze.push(() => release(new Error('process was killed')));
      const freezingSink: EventBatchSink = {
        insertEvents: async (batch, options) => {
          await wh.sink.insertEvents(batch, options);
          firstInsertDone = true;
          await frozen;
        },
      };
      const crashed = startIngester(s, freezingSink);
      await crashed.ingester.start();
      await waitFor(() => firstInsertDone, Boolean, { what: 'the first insert of the doomed consumer' });
      expect((await stored(s.tenant)).rows).toBeGreaterThan(0);
      expect(await committed(s.groupId, s.topic)).toBe(0);

      const replacement = startIngester(s);
      await replacement.ingester.start();
      await waitFor(
        () => committed(s.groupId, s.topic),
        (n) => n === 80,
        { timeoutMs: 45000, what: 'the replacement to commit every offset' },
      );

      const result = await stored(s.tenant);
      expect({ rows: result.rows, ids: result.ids }).toEqual({ rows: 80, ids: 80 });
    },
    TIMEOUT_MS,
  );

  it(
    'drains on stop mid-stream (what it stored is committed, nothing more), and a restart finishes exactly once',
    async () => {
      const s = await scenario();
      await produce(s.topic, events(s.tenant, 0, 200));
      let inserts = 0;
      let stalled = false;
      let release!: () => void;
      const stall = new Promise<void>((resolve) => (release = resolve));
      const stallingSink: EventBatchSink = {
        insertEvents: async (batch, options) => {
          // After two writes ClickHouse stalls until stop() has begun, so the drain has a write in flight.
          if (inserts >= 2) {
            stalled = true;
            await stall;
          }
          await wh.sink.insertEvents(batch, options);
          inserts += 1;
        },
      };
      const first = startIngester(s, stallingSink);
      await first.ingester.start();
      await waitFor(
        () => stalled,
        (isStalled) => isStalled,
        { what: 'a write in flight after two inserts' },
      );
      const stopping = first.ingester.stop();
      release();
      await stopping;

      const drained = await committed(s.groupId, s.topic);
      expect(drained).toBeGreaterThan(0);
      expect(drained).toBeLessThan(200);
      expect((await stored(s.tenant)).rows).toBe(drained);

      const second = startIngester(s);
      await second.ingester.start();
      await waitFor(
        () => committed(s.groupId, s.topic),
        (n) => n === 200,
        { what: 'the restarted ingester to commit the rest' },
      );
      expect(await stored(s.tenant)).toEqual({ rows: 200, ids: 200, raw: 200 });
    },
    TIMEOUT_MS,
  );

  it(
    'retries an insert whose acknowledgement was lost with the same dedup token, storing no duplicate row',
    async () => {
      const s = await scenario();
      await produce(s.topic, events(s.tenant, 0, 40));
      let lost = false;
      const lossySink: EventBatchSink = {
        insertEvents: async (batch, options) => {
          await wh.sink.insertEvents(batch, options);
          if (!lost) {
            lost = true;
            throw Object.assign(new Error('socket hang up after the insert was applied'), { code: 'ECONNRESET' });
          }
        },
      };
      const { ingester, metrics } = startIngester(s, lossySink);
      await ingester.start();
      await waitFor(
        () => committed(s.groupId, s.topic),
        (n) => n === 40,
        { what: 'all offsets committed' },
      );
      expect(await metricValue(metrics, 'checkmark_ingest_insert_failures_total')).toBe(1);
      // Without FINAL: the retried block was dropped by ClickHouse itself, not merely collapsed later.
      expect(await stored(s.tenant)).toEqual({ rows: 40, ids: 40, raw: 40 });
    },
    TIMEOUT_MS,
  );

  it(
    'sends poison records to the dead-letter topic with their key, bytes and headers, and keeps consuming',
    async () => {
      const s = await scenario();
      const badJson = Buffer.from('{"id": "broken', 'utf8');
      const invalid = Buffer.from(JSON.stringify({ ...JSON.parse(eventJson(s.tenant, 1)), channel: 'fax' }), 'utf8');
      const sent = await produce(s.topic, [
        { key: `${s.tenant}:a`, value: eventJson(s.tenant, 0), partition: 0 },
        { key: 'poison-json', value: badJson, partition: 0 },
        { key: 'poison-invalid', value: invalid, partition: 0 },
        { key: `${s.tenant}:b`, value: eventJson(s.tenant, 2), partition: 0 },
      ]);
      const firstOffset = BigInt(sent[0].baseOffset!);
      const { ingester, metrics } = startIngester(s);
      await ingester.start();

      const letters = await consumeAll(s.deadLetterTopic, { expected: 2 });
      expect(letters).toHaveLength(2);
      expect(letters.map((l) => [l.key?.toString(), l.value])).toEqual([
        ['poison-json', badJson],
        ['poison-invalid', invalid],
      ]);
      const [json, schema] = letters;
      expect(json.headers).toMatchObject({
        [DLQ_HEADERS.reason]: 'malformed_json',
        [DLQ_HEADERS.step]: 'parse',
        [DLQ_HEADERS.sourceTopic]: s.topic,
        [DLQ_HEADERS.sourcePartition]: '0',
        [DLQ_HEADERS.sourceOffset]: String(firstOffset + 1n),
      });
      expect(schema.headers).toMatchObject({
        [DLQ_HEADERS.reason]: 'invalid_event',
        [DLQ_HEADERS.step]: 'validate',
        [DLQ_HEADERS.sourceOffset]: String(firstOffset + 2n),
      });
      for (const letter of letters) {
        expect(String(letter.headers[DLQ_HEADERS.detail]).length).toBeGreaterThan(0);
        expect(new Date(String(letter.headers[DLQ_HEADERS.time])).toISOString()).toBe(letter.headers[DLQ_HEADERS.time]);
      }

      await produce(s.topic, [{ key: `${s.tenant}:c`, value: eventJson(s.tenant, 3), partition: 0 }]);
      await waitFor(
        () => committed(s.groupId, s.topic),
        (n) => n === 5,
        { what: 'offsets committed past the poison records' },
      );
      expect(await stored(s.tenant)).toMatchObject({ rows: 3, ids: 3 });
      expect(await metricValue(metrics, 'checkmark_ingest_rejected_total')).toBe(2);
    },
    TIMEOUT_MS,
  );

  it(
    'pauses while ClickHouse refuses inserts, commits nothing for the failing batch, and resumes without losing events',
    async () => {
      const s = await scenario();
      const { ingester, metrics } = startIngester(s);
      await ingester.start();
      await produce(s.topic, events(s.tenant, 0, 20));
      await waitFor(
        () => committed(s.groupId, s.topic),
        (n) => n === 20,
        { what: 'first wave committed' },
      );

      const events_ = `${quoteIdentifier(wh.database)}.events`;
      await runCommand(wh.client, `DETACH TABLE ${events_}`);
      let attached = false;
      try {
        await produce(s.topic, events(s.tenant, 20, 20));
        await waitFor(
          () => metricValue(metrics, 'checkmark_ingest_insert_failures_total'),
          (n) => n >= 3,
          { what: 'failed insert attempts' },
        );
        expect(await metricValue(metrics, 'checkmark_ingest_paused')).toBe(1);
        expect(await committed(s.groupId, s.topic)).toBe(20);
        await runCommand(wh.client, `ATTACH TABLE ${events_}`);
        attached = true;
      } finally {
        if (!attached) await runCommand(wh.client, `ATTACH TABLE ${events_}`);
      }

      await waitFor(
        () => committed(s.groupId, s.topic),
        (n) => n === 40,
        { what: 'second wave committed after recovery' },
      );
      expect(await stored(s.tenant)).toMatchObject({ rows: 40, ids: 40 });
      expect(await metricValue(metrics, 'checkmark_ingest_paused')).toBe(0);
    },
    TIMEOUT_MS,
  );
});
