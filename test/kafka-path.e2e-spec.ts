import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DLQ_HEADERS } from '@checkmark/schemas';
import { createPseudonymiser } from '@checkmark/schemas/pipeline';
import { consumeAll, createTopic, kafkaBrokers, uniqueTopic } from './helpers/kafka';
import {
  API_MAIN,
  freePort,
  INGEST_MAIN,
  killAllProductProcesses,
  removeDir,
  startProductProcess,
  tempDir,
  type ProductProcess,
} from './helpers/product-process';
import {
  invalidLines,
  postNdjson,
  postWebhook,
  simulateTraffic,
  webhookEventIds,
  type SimulatedTraffic,
} from './helpers/simulated-traffic';
import { waitFor } from './helpers/wait-for';
import { openStoredWarehouse, type StoredWarehouse } from './helpers/stored-warehouse';

// The scaled path without Docker: compiled API in Kafka mode → real broker → compiled ingester → chDB on disk.
const API_KEY = 'k';
const APP_SECRET = 's';
const PSEUDONYM_KEY = 'e2e-kafka-path-pseudonym-key';
const DATABASE = 'checkmark';

let apiDir: string;
let ingestDir: string;
let apiUrl: string;
let metricsUrl: string;
let eventsTopic: string;
let dlqTopic: string;
let api: ProductProcess | undefined;
let ingester: ProductProcess | undefined;
let warehouse: StoredWarehouse | undefined;
let traffic: SimulatedTraffic;
let rejectsToSend: { raw: Buffer; rule: string }[];

let producedEvents = 0;
const acceptedNdjson = new Map<string, string>();

async function insertedTotal(): Promise<number> {
  const response = await fetch(`${metricsUrl}/metrics`, { signal: AbortSignal.timeout(2000) });
  const text = await response.text();
  const match = /^checkmark_ingest_inserted_total(?:\{[^}]*\})? (\d+(?:\.\d+)?)$/m.exec(text);
  return match ? Number(match[1]) : 0;
}

function rows<T>(sql: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return warehouse!.rows<T>(sql, params);
}

beforeAll(async () => {
  const brokers = kafkaBrokers().join(',');
  traffic = simulateTraffic({ seed: 20260303, events: 2500, appSecret: APP_SECRET });
  rejectsToSend = invalidLines(traffic.ndjsonBatches[0][0]);
  eventsTopic = await createTopic(uniqueTopic('e2e-events'), 3);
  dlqTopic = await createTopic(uniqueTopic('e2e-dlq'), 1);
  apiDir = tempDir('kafka-api');
  ingestDir = tempDir('kafka-ingest');
  const apiPort = await freePort();
  const metricsPort = await freePort();
  apiUrl = `http://127.0.0.1:${apiPort}`;
  metricsUrl = `http://127.0.0.1:${metricsPort}`;

  api = await startProductProcess({
    name: 'api',
    script: API_MAIN,
    env: {
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      DATA_DIR: apiDir,
      KAFKA_BROKERS: brokers,
      KAFKA_EVENTS_TOPIC: eventsTopic,
      KAFKA_DLQ_TOPIC: dlqTopic,
      CHECKMARK_PSEUDONYM_KEY: PSEUDONYM_KEY,
      CHECKMARK_BOOTSTRAP_API_KEY: API_KEY,
      WHATSAPP_APP_SECRET: APP_SECRET,
      WHATSAPP_VERIFY_TOKEN: 'v',
    },
    readyUrl: `${apiUrl}/healthz`,
  });
  ingester = await startProductProcess({
    name: 'ingester',
    script: INGEST_MAIN,
    env: {
      DATA_DIR: ingestDir,
      KAFKA_BROKERS: brokers,
      KAFKA_TOPIC: eventsTopic,
      KAFKA_DLQ_TOPIC: dlqTopic,
      KAFKA_GROUP_ID: uniqueTopic('e2e-ingest'),
      CHECKMARK_PSEUDONYM_KEY: PSEUDONYM_KEY,
      METRICS_PORT: String(metricsPort),
      KAFKA_MAX_WAIT_MS: '100',
    },
    readyUrl: `${metricsUrl}/healthz`,
  });
}, 120000);

afterAll(async () => {
  await killAllProductProcesses();
  await warehouse?.close();
  removeDir(apiDir);
  removeDir(ingestDir);
}, 60000);

describe('data plane, Kafka mode (compiled API and ingester as processes)', () => {
  it('accepts webhooks and NDJSON at the edge and produces them to Kafka', async () => {
    for (const payload of traffic.webhooks) {
      const answer = await postWebhook(apiUrl, payload);
      expect(answer).toMatchObject({ status: 200, body: { rejected: 0 } });
      producedEvents += answer.body.events;
    }
    for (const [index, batch] of traffic.ndjsonBatches.entries()) {
      const lines: (string | Buffer)[] = index === 0 ? [...batch, ...rejectsToSend.map((r) => r.raw)] : batch;
      const answer = await postNdjson(apiUrl, API_KEY, lines);
      expect(answer.status).toBe(index === 0 ? 207 : 200);
      expect(answer.body.totals).toEqual({
        lines: lines.length,
        accepted: batch.length,
        rejected: lines.length - batch.length,
        skipped: 0,
      });
      answer.body.results.forEach((result, i) => {
        if (i < batch.length) {
          expect(result.status).toBe('accepted');
          if (result.status === 'accepted') acceptedNdjson.set(result.id, batch[i]);
        } else {
          expect(result.status).toBe('rejected');
          if (result.status === 'rejected')
            expect(result.errors.map((e) => e.rule)).toContain(rejectsToSend[i - batch.length].rule);
        }
      });
      producedEvents += answer.body.totals.accepted;
    }
    expect(producedEvents).toBeGreaterThan(1000);
  }, 60000);

  it('dead-letters the invalid lines with their exact bytes and reason headers', async () => {
    const dead = await consumeAll(dlqTopic, { expected: rejectsToSend.length, timeoutMs: 30000 });

    expect(dead.map((m) => m.value?.toString('hex')).sort()).toEqual(
      rejectsToSend.map((r) => r.raw.toString('hex')).sort(),
    );
    for (const message of dead) {
      expect(message.headers).toMatchObject({
        [DLQ_HEADERS.source]: 'events_api',
        [DLQ_HEADERS.tenantId]: expect.stringMatching(/\S/) as unknown,
        [DLQ_HEADERS.time]: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
      });
      expect(['parse', 'validate']).toContain(message.headers[DLQ_HEADERS.step]);
      expect(['malformed_json', 'invalid_event']).toContain(message.headers[DLQ_HEADERS.reason]);
    }
    expect(dead.filter((m) => m.headers[DLQ_HEADERS.reason] === 'malformed_json')).toHaveLength(1);
  }, 40000);

  it('ingests every produced event, then drains and exits 0 on SIGTERM', async () => {
    await waitFor(insertedTotal, (n) => n >= producedEvents, {
      timeoutMs: 60000,
      intervalMs: 250,
      what: `checkmark_ingest_inserted_total to reach ${producedEvents}`,
    });
    expect(await insertedTotal()).toBe(producedEvents);

    const exit = await ingester!.stop('SIGTERM', 40000);
    ingester = undefined;
    expect(exit).toEqual({ code: 0, signal: null });
  }, 120000);

  it('stored each event once, with the contact pseudonymised exactly as the edge does', async () => {
    await api!.stop('SIGTERM', 30000);
    api = undefined;
    const sqlite = new Database(join(apiDir, 'app.sqlite'), { readonly: true });
    let tenantId: string;
    try {
      tenantId = (sqlite.prepare(`SELECT id FROM tenants WHERE slug = 'default'`).get() as { id: string }).id;
    } finally {
      sqlite.close();
    }

    warehouse = await openStoredWarehouse(join(ingestDir, 'clickhouse'), DATABASE);
    const [totals] = await rows<{ rows: string; ids: string; tenants: string[] }>(
      `SELECT count() AS rows, uniqExact(id) AS ids, groupUniqArray(tenant_id) AS tenants FROM ${DATABASE}.events FINAL`,
    );
    const expectedIds = acceptedNdjson.size + webhookEventIds(traffic).size;
    expect(Number(totals.ids)).toBe(expectedIds);
    expect(Number(totals.rows)).toBe(expectedIds);
    expect(totals.tenants).toEqual([tenantId]);
    const stored = await rows<{ id: string }>(
      `SELECT id FROM ${DATABASE}.events FINAL WHERE source != 'whatsapp_webhook'`,
    );
    expect(new Set(stored.map((r) => r.id))).toEqual(new Set(acceptedNdjson.keys()));

    const identities = await rows<{ id: string; contact_id: string; conversation_id: string }>(
      `SELECT id, contact_id, conversation_id FROM ${DATABASE}.events FINAL WHERE contact_id != ''`,
    );
    expect(identities.filter((r) => !/^p1_[A-Za-z0-9_-]{32}$/.test(r.contact_id))).toEqual([]);
    const storedText = identities.map((r) => `${r.id}\n${r.contact_id}\n${r.conversation_id}`).join('\n');
    expect(traffic.rawContactIds.filter((c) => c.length >= 8 && storedText.includes(c))).toEqual([]);

    // One known contact: the stored pseudonym is the HMAC the embedded path computes with the same key.
    const [knownId, knownLine] = [...acceptedNdjson].find(
      ([, line]) => (JSON.parse(line) as { contactId?: string }).contactId,
    )!;
    const rawContact = (JSON.parse(knownLine) as { contactId: string }).contactId;
    const [row] = await rows<{ contact_id: string }>(
      `SELECT contact_id FROM ${DATABASE}.events FINAL WHERE id = {id:String}`,
      {
        id: knownId,
      },
    );
    expect(row.contact_id).toBe(createPseudonymiser(PSEUDONYM_KEY).contactId(tenantId, rawContact));
    expect(row.contact_id).not.toBe(createPseudonymiser(`${PSEUDONYM_KEY}-other`).contactId(tenantId, rawContact));
  }, 60000);
});
