import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  API_MAIN,
  freePort,
  killAllProductProcesses,
  removeDir,
  startProductProcess,
  tempDir,
  type ProcessExit,
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
import { openStoredWarehouse, type StoredWarehouse } from './helpers/stored-warehouse';

// The embedded product from the outside: the compiled API as a child process, real HTTP, real chDB on disk.
const API_KEY = 'k';
const APP_SECRET = 's';
const VERIFY_TOKEN = 'v';
const DATABASE = 'checkmark';
const WEBHOOK_SOURCE = 'whatsapp_webhook';

interface Snapshot {
  byType: unknown[];
  bySource: unknown[];
  messageFacts: unknown[];
  messageFactTotals: unknown[];
  conversationFacts: unknown[];
}

let dataDir: string;
let baseUrl: string;
let port: number;
let api: ProductProcess | undefined;
let warehouse: StoredWarehouse | undefined;
let traffic: SimulatedTraffic;
let rejectsToSend: { raw: Buffer; rule: string }[];

const acceptedNdjsonIds = new Set<string>();
let webhookEventsAnswered = 0;
let firstSnapshot: Snapshot;

function startApi(): Promise<ProductProcess> {
  return startProductProcess({
    name: 'api',
    script: API_MAIN,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CHECKMARK_BOOTSTRAP_API_KEY: API_KEY,
      WHATSAPP_APP_SECRET: APP_SECRET,
      WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
    },
    readyUrl: `http://127.0.0.1:${port}/healthz`,
  });
}

/** SIGTERM, bounded: a graceful stop drains in-flight ingestion and then exits with code 0. */
async function stopApi(): Promise<ProcessExit> {
  const exit = await api!.stop('SIGTERM', 30000);
  api = undefined;
  return exit;
}

/** Sends the whole world: every webhook delivery, every NDJSON batch and, in the first batch, the invalid lines. */
async function sendTraffic(): Promise<{ webhookEvents: number; ndjsonIds: string[] }> {
  let webhookEvents = 0;
  for (const payload of traffic.webhooks) {
    const answer = await postWebhook(baseUrl, payload);
    expect(answer).toMatchObject({ status: 200, body: { rejected: 0 } });
    webhookEvents += answer.body.events;
  }
  const ndjsonIds: string[] = [];
  for (const [index, batch] of traffic.ndjsonBatches.entries()) {
    const lines: (string | Buffer)[] = index === 0 ? [...batch, ...rejectsToSend.map((r) => r.raw)] : batch;
    const answer = await postNdjson(baseUrl, API_KEY, lines);
    expect(answer.status).toBe(index === 0 ? 207 : 200);
    expect(answer.body.totals).toEqual({
      lines: lines.length,
      accepted: batch.length,
      rejected: lines.length - batch.length,
      skipped: 0,
    });
    answer.body.results.forEach((result, i) => {
      expect(result.line).toBe(i + 1);
      if (i < batch.length) {
        expect(result.status).toBe('accepted');
        if (result.status === 'accepted') ndjsonIds.push(result.id);
      } else {
        const expected = rejectsToSend[i - batch.length];
        expect(result.status).toBe('rejected');
        if (result.status === 'rejected') expect(result.errors.map((e) => e.rule)).toContain(expected.rule);
      }
    });
  }
  return { webhookEvents, ndjsonIds };
}

async function openStored(): Promise<StoredWarehouse> {
  warehouse = await openStoredWarehouse(join(dataDir, 'clickhouse'), DATABASE);
  return warehouse;
}

async function closeWarehouse(): Promise<void> {
  await warehouse?.close();
  warehouse = undefined;
}

function rows<T>(sql: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return warehouse!.rows<T>(sql, params);
}

/** Query results that must not change across restarts and replays (no ingestion times in them). */
async function snapshot(): Promise<Snapshot> {
  return {
    byType: await rows(
      `SELECT type, count() AS n, uniqExact(id) AS ids FROM ${DATABASE}.events FINAL GROUP BY type ORDER BY type`,
    ),
    bySource: await rows(`SELECT source, count() AS n FROM ${DATABASE}.events FINAL GROUP BY source ORDER BY source`),
    messageFacts: await rows(
      `SELECT channel, account_id, message_id, contact_id, sent_at, delivered_at, read_at, failed_at, error_code
       FROM ${DATABASE}.message_facts_v WHERE read_at IS NOT NULL ORDER BY message_id LIMIT 300`,
    ),
    messageFactTotals: await rows(
      `SELECT channel, count() AS messages, countIf(sent_at IS NOT NULL) AS sent, countIf(delivered_at IS NOT NULL) AS delivered,
              countIf(read_at IS NOT NULL) AS read, countIf(failed_at IS NOT NULL) AS failed
       FROM ${DATABASE}.message_facts_v GROUP BY channel ORDER BY channel`,
    ),
    conversationFacts: await rows(
      `SELECT channel, account_id, contact_id, conversation_id, customer_messages, business_messages, agent_messages,
              first_customer_message_at, first_business_message_at, first_resolved_at, assigned_agent_id, referral_kind
       FROM ${DATABASE}.conversation_facts_v ORDER BY channel, account_id, contact_id, conversation_id`,
    ),
  };
}

beforeAll(async () => {
  traffic = simulateTraffic({ seed: 20260302, events: 3000, appSecret: APP_SECRET });
  rejectsToSend = invalidLines(traffic.ndjsonBatches[0][0]);
  dataDir = tempDir('data-plane');
  port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
}, 60000);

afterAll(async () => {
  await killAllProductProcesses();
  await closeWarehouse();
  removeDir(dataDir);
}, 60000);

describe('data plane, embedded (compiled API as a process)', () => {
  it('starts, answers health and the WhatsApp subscription handshake', async () => {
    api = await startApi();

    const handshake = await fetch(
      `${baseUrl}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=123`,
    );
    expect(handshake.status).toBe(200);
    expect(await handshake.text()).toBe('123');

    const wrong = await fetch(
      `${baseUrl}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=123`,
    );
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ error: { code: 'VERIFICATION_FAILED' } });
  }, 90000);

  it('refuses unsigned webhooks and unknown API keys, storing nothing', async () => {
    const payload = traffic.webhooks[0];
    const unsigned = await fetch(`${baseUrl}/webhooks/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` },
      body: payload.body,
    });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ error: { code: 'BAD_SIGNATURE' } });

    const unknownKey = await postNdjson(baseUrl, 'not-a-key', traffic.ndjsonBatches[0].slice(0, 1)).catch(
      () => undefined,
    );
    expect(unknownKey?.status).toBe(401);
  }, 30000);

  it('accepts the simulated WhatsApp webhooks and NDJSON, answering every line', async () => {
    expect(traffic.webhooks.length).toBeGreaterThan(3);
    expect(traffic.ndjsonBatches.length).toBeGreaterThan(1);

    const { webhookEvents, ndjsonIds } = await sendTraffic();

    webhookEventsAnswered = webhookEvents;
    for (const id of ndjsonIds) acceptedNdjsonIds.add(id);
    expect(webhookEvents).toBeGreaterThan(0);
    expect(acceptedNdjsonIds.size).toBeGreaterThan(0);
  }, 90000);

  it('exits 0 on SIGTERM', async () => {
    expect(await stopApi()).toEqual({ code: 0, signal: null });
  }, 40000);

  it('stored every accepted event exactly once, pseudonymised, and the invalid lines byte for byte', async () => {
    await openStored();
    try {
      const [totals] = await rows<{ rows: string; ids: string }>(
        `SELECT count() AS rows, uniqExact(id) AS ids FROM ${DATABASE}.events FINAL`,
      );
      const expectedWebhookIds = webhookEventIds(traffic);
      expect(webhookEventsAnswered).toBeGreaterThanOrEqual(expectedWebhookIds.size);
      expect(Number(totals.ids)).toBe(acceptedNdjsonIds.size + expectedWebhookIds.size);
      expect(Number(totals.rows)).toBe(Number(totals.ids));

      const bySource = await rows<{ source: string; ids: string }>(
        `SELECT source, uniqExact(id) AS ids FROM ${DATABASE}.events FINAL GROUP BY source`,
      );
      const webhookRows = bySource.find((s) => s.source === WEBHOOK_SOURCE);
      expect(Number(webhookRows?.ids)).toBe(expectedWebhookIds.size);
      const stored = await rows<{ id: string }>(
        `SELECT id FROM ${DATABASE}.events FINAL WHERE source != {source:String}`,
        { source: WEBHOOK_SOURCE },
      );
      expect(new Set(stored.map((r) => r.id))).toEqual(acceptedNdjsonIds);

      // No contact of the simulator (phone numbers, BSUIDs, e-mail addresses, chat ids) is stored in the clear.
      const identities = await rows<{ id: string; contact_id: string; message_id: string; conversation_id: string }>(
        `SELECT id, contact_id, message_id, conversation_id FROM ${DATABASE}.events FINAL WHERE contact_id != ''`,
      );
      expect(identities.length).toBeGreaterThan(0);
      expect(identities.filter((r) => !/^p1_[A-Za-z0-9_-]{32}$/.test(r.contact_id))).toEqual([]);
      const rawContacts = traffic.rawContactIds.filter((c) => c.length >= 8);
      expect(rawContacts.length).toBeGreaterThan(100);
      const storedText = identities.map((r) => `${r.id}\n${r.contact_id}\n${r.conversation_id}`).join('\n');
      expect(rawContacts.filter((contact) => storedText.includes(contact))).toEqual([]);

      const rejects = await rows<{ raw_hex: string; source: string; reason: string; step: string }>(
        `SELECT hex(raw) AS raw_hex, source, reason, step FROM ${DATABASE}.ingest_rejects ORDER BY raw_hex`,
      );
      expect(rejects.map((r) => r.raw_hex.toLowerCase()).sort()).toEqual(
        rejectsToSend.map((r) => r.raw.toString('hex')).sort(),
      );
      expect(rejects.every((r) => r.source === 'events_api')).toBe(true);
      expect(rejects.map((r) => r.reason).sort()).toEqual([
        'invalid_event',
        'invalid_event',
        'invalid_event',
        'malformed_json',
      ]);

      firstSnapshot = await snapshot();
      expect(firstSnapshot.messageFacts.length).toBeGreaterThan(10);
      expect(firstSnapshot.conversationFacts.length).toBeGreaterThan(10);
    } finally {
      await closeWarehouse();
    }
  }, 60000);

  it('keeps every row across a restart, and a full replay changes no query result', async () => {
    expect(firstSnapshot).toBeDefined();
    api = await startApi();
    // The bootstrap key still works after the restart (checked by every NDJSON post of the replay).
    const replay = await sendTraffic();
    expect(replay.webhookEvents).toBe(webhookEventsAnswered);
    expect(new Set(replay.ndjsonIds)).toEqual(acceptedNdjsonIds);
    const exit = await stopApi();

    const sqlite = new Database(join(dataDir, 'app.sqlite'), { readonly: true });
    try {
      const keys = sqlite.prepare('SELECT count(*) AS n FROM api_keys').get() as { n: number };
      expect(keys.n).toBe(1);
    } finally {
      sqlite.close();
    }

    await openStored();
    try {
      expect(await snapshot()).toEqual(firstSnapshot);
      const rejects = await rows<{ raw_hex: string }>(
        `SELECT DISTINCT hex(raw) AS raw_hex FROM ${DATABASE}.ingest_rejects`,
      );
      expect(rejects.map((r) => r.raw_hex.toLowerCase()).sort()).toEqual(
        rejectsToSend.map((r) => r.raw.toString('hex')).sort(),
      );
    } finally {
      await closeWarehouse();
    }
    expect(exit).toEqual({ code: 0, signal: null });
  }, 120000);
});
