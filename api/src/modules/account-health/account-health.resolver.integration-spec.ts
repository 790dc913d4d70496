import { randomUUID } from 'node:crypto';
import type { CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { ManualClock } from '../../common/clock/clock';
import { errorCodes, graphql } from '../../testing/graphql-client';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../testing/test-app';

const KEY = 'ck_bootstrap_account_health_0123456789ab';
const DAY_MS = 86_400_000;
/** In the 2023 era (2023-01-01 … 2025-10-06). */
const NOW_2024 = new Date('2024-06-15T12:00:00.000Z');
/** In the legacy era (through 2022-12-31). */
const NOW_2022 = new Date('2022-06-15T12:00:00.000Z');

const HEALTH = `
  query($filter: AnalyticsFilter!) {
    accountHealth(filter: $filter) {
      channel accountExternalId businessAccountId scope qualityRating status messagingLimit lastChangedAt flaggedSince
      era reached24h reached7d
      tier { limit next threshold usage24h progress7d eligible blockers projectedUpgradeAt downgradeRisk { to at due } }
    }
  }`;

const HISTORY = `
  query($accountId: ID!) {
    accountQualityHistory(accountId: $accountId) {
      id occurredAt scope qualityRating previousQualityRating status event messagingLimit previousMessagingLimit
    }
  }`;

interface Health {
  accountExternalId: string;
  [field: string]: unknown;
}

const iso = (ms: number) => new Date(ms).toISOString();

function event(
  tenantId: string,
  id: string,
  type: string,
  occurredAt: string,
  accountId: string,
  contactId: string,
  payload: Record<string, unknown>,
): CanonicalEvent {
  return {
    id,
    tenantId,
    type,
    occurredAt,
    channel: 'whatsapp',
    accountId,
    contactId,
    ...(type === 'message.sent' ? { messageId: `m:${id}` } : {}),
    source: 'fixture',
    schemaVersion: 1,
    payload,
  } as CanonicalEvent;
}

const template = (tenantId: string, id: string, at: string, account: string, contact: string) =>
  event(tenantId, id, 'message.sent', at, account, contact, {
    sender: { kind: 'campaign' },
    isTemplate: true,
    templateName: 'promo',
    templateLanguage: 'en',
    contentType: 'template',
  });

const freeForm = (tenantId: string, id: string, at: string, account: string, contact: string) =>
  event(tenantId, id, 'message.sent', at, account, contact, { sender: { kind: 'agent' }, contentType: 'text' });

const received = (tenantId: string, id: string, at: string, account: string, contact: string) =>
  event(tenantId, id, 'message.received', at, account, contact, { contentType: 'text', text: 'hi' });

const quality = (
  tenantId: string,
  id: string,
  at: string,
  account: string,
  payload: Record<string, unknown>,
): CanonicalEvent =>
  ({
    ...event(tenantId, id, 'account.quality_changed', at, account, '', { scope: 'phone', ...payload }),
    contactId: undefined,
  }) as unknown as CanonicalEvent;

/** `count` distinct customers reached by one template each, all at `at`. */
const templatesTo = (tenantId: string, account: string, count: number, at: string) =>
  Array.from({ length: count }, (_, i) => template(tenantId, `${account}:t:${i}`, at, account, `${account}_c${i}`));

describe('account health over GraphQL (real app, chDB, SQLite)', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;
  let accountId: string;
  let quietId: string;
  const clock = new ManualClock(NOW_2024);
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(running.url, query, variables, { token: KEY });
  const filter = { from: '2024-06-01', to: '2024-06-15' };

  async function health(): Promise<Health[]> {
    const response = await gql<{ accountHealth: Health[] }>(HEALTH, { filter });
    expect(response.errors).toBeUndefined();
    return response.data!.accountHealth;
  }

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({ dataDir, warehouse, clock, env: { CHECKMARK_BOOTSTRAP_API_KEY: KEY } });
    const me = await gql<{ me: { tenant: { id: string } } }>('{ me { tenant { id } } }');
    const t = me.data!.me.tenant.id;
    const create = async (channel: string, externalId: string) => {
      const created = await gql<{ createBusinessAccount: { id: string } }>(
        'mutation($input: BusinessAccountInput!) { createBusinessAccount(input: $input) { id } }',
        { input: { channel, externalId } },
      );
      expect(created.errors).toBeUndefined();
      return created.data!.createBusinessAccount.id;
    };
    accountId = await create('WHATSAPP', 'wa_1');
    quietId = await create('WHATSAPP', 'wa_quiet');
    await create('TELEGRAM', 'tg_bot');

    const now = NOW_2024.getTime();
    await warehouse.sink.insertEvents([
      // wa_1's quality, inserted out of order; q:4a and q:4b tie on occurred_at, so the larger id (q:4b) is latest.
      quality(t, 'q:3', '2024-06-10T00:00:00.000Z', 'wa_1', {
        qualityRating: 'RED',
        status: 'FLAGGED',
        event: 'FLAGGED',
        messagingLimit: 'TIER_1K',
      }),
      quality(t, 'q:4b', '2024-06-12T00:00:00.000Z', 'wa_1', { qualityRating: 'RED', status: 'FLAGGED' }),
      quality(t, 'q:1', '2024-06-01T00:00:00.000Z', 'wa_1', {
        qualityRating: 'GREEN',
        status: 'CONNECTED',
        event: 'UPGRADE',
        messagingLimit: 'TIER_1K',
        previousLimit: 'TIER_250',
      }),
      quality(t, 'q:4a', '2024-06-12T00:00:00.000Z', 'wa_1', { qualityRating: 'YELLOW', status: 'FLAGGED' }),
      quality(t, 'q:2', '2024-06-05T00:00:00.000Z', 'wa_1', {
        qualityRating: 'YELLOW',
        status: 'CONNECTED',
        messagingLimit: 'TIER_1K',
      }),
      // wa_1's reach around now = 2024-06-15T12:00Z: 24 h = (06-14T12:00, now], 7 days = (06-08T12:00, now].
      template(t, 's:a', iso(now - DAY_MS), 'wa_1', 'c_a'), // 7 d only: exactly 24 h ago
      template(t, 's:b', iso(now - DAY_MS + 1), 'wa_1', 'c_b'), // 24 h
      template(t, 's:b2', iso(now - 5 * DAY_MS), 'wa_1', 'c_b'), // the same customer again
      template(t, 's:c', iso(now - 7 * DAY_MS), 'wa_1', 'c_c'), // out: exactly 7 days ago
      template(t, 's:d', iso(now - 7 * DAY_MS + 1), 'wa_1', 'c_d'), // 7 d
      template(t, 's:e', iso(now + 1), 'wa_1', 'c_e'), // out: after now
      template(t, 's:f', iso(now), 'wa_1', 'c_f'), // 24 h: exactly now
      received(t, 'r:g', '2024-06-13T10:00:00.000Z', 'wa_1', 'c_g'),
      freeForm(t, 's:g', '2024-06-13T11:00:00.000Z', 'wa_1', 'c_g'), // out: a reply inside the service window
      received(t, 'r:h', '2024-06-12T11:00:00.000Z', 'wa_1', 'c_h'),
      freeForm(t, 's:h', '2024-06-13T11:00:00.000Z', 'wa_1', 'c_h'), // 7 d: the window closed exactly at the send
      received(t, 'r:h2', '2024-06-13T12:00:00.000Z', 'wa_1', 'c_h'), // after the send: irrelevant
      freeForm(t, 's:i', '2024-06-13T11:00:00.000Z', 'wa_1', 'c_i'), // 7 d: the customer never wrote
      template(t, 's:x', iso(now - 60_000), 'wa_other', 'c_a'), // another account's reach
      // 2023 era: exactly half of TIER_1K (500) and one below (499), all two and a half days ago.
      quality(t, 'q:h', '2024-06-01T00:00:00.000Z', 'wa_half', {
        qualityRating: 'GREEN',
        status: 'CONNECTED',
        messagingLimit: 'TIER_1K',
      }),
      quality(t, 'q:b', '2024-06-01T00:00:00.000Z', 'wa_below', {
        qualityRating: 'GREEN',
        status: 'CONNECTED',
        messagingLimit: 1000,
      }),
      ...templatesTo(t, 'wa_half', 500, iso(now - 2.5 * DAY_MS)),
      ...templatesTo(t, 'wa_below', 499, iso(now - 2.5 * DAY_MS)),
      // Legacy era: exactly 2× TIER_1K (2000) in the 7 days before 2022-06-15T12:00Z.
      quality(t, 'q:l', '2022-06-01T00:00:00.000Z', 'wa_legacy', {
        qualityRating: 'YELLOW',
        status: 'CONNECTED',
        messagingLimit: 'TIER_1K',
      }),
      ...templatesTo(t, 'wa_legacy', 2000, iso(NOW_2022.getTime() - 3 * DAY_MS)),
      // Another tenant's events on the same account ids change nothing here.
      quality('tenant_someone_else', 'o:q', '2024-06-14T00:00:00.000Z', 'wa_1', {
        qualityRating: 'GREEN',
        status: 'CONNECTED',
        messagingLimit: 'TIER_100K',
      }),
      quality('tenant_someone_else', 'o:q2', '2024-06-14T00:00:00.000Z', 'wa_foreign', {
        qualityRating: 'GREEN',
        messagingLimit: 'TIER_1K',
      }),
      template('tenant_someone_else', 'o:s', iso(now - 1000), 'wa_1', 'c_z'),
    ]);
  }, 120_000);

  afterAll(async () => {
    await running?.close();
    removeDataDir(dataDir);
    await dropTestDatabase(warehouse);
  });

  it('gives the latest state, business-initiated reach at the window boundaries and the 2023 rule', async () => {
    clock.set(NOW_2024);
    const accounts = await health();
    expect(accounts.map((a) => a.accountExternalId)).toEqual(['wa_1', 'wa_below', 'wa_half', 'wa_legacy', 'wa_quiet']);
    expect(accounts[0]).toEqual({
      channel: 'WHATSAPP',
      accountExternalId: 'wa_1',
      businessAccountId: accountId,
      scope: 'phone',
      qualityRating: 'RED',
      status: 'FLAGGED',
      messagingLimit: 'TIER_1K',
      lastChangedAt: '2024-06-12T00:00:00.000Z',
      flaggedSince: '2024-06-10T00:00:00.000Z',
      era: 'y2023',
      reached24h: 2, // c_b, c_f
      reached7d: 6, // c_a, c_b, c_d, c_f, c_h, c_i
      tier: {
        limit: 'TIER_1K',
        next: 'TIER_10K',
        threshold: 500,
        usage24h: 0.002,
        progress7d: 0.012,
        eligible: false,
        blockers: ['flagged', 'quality_low', 'usage_below_threshold'],
        projectedUpgradeAt: null,
        downgradeRisk: { to: 'TIER_250', at: '2024-06-17T00:00:00.000Z', due: false },
      },
    });
    const half = accounts[2];
    expect(half).toMatchObject({ businessAccountId: null, reached24h: 0, reached7d: 500 });
    expect(half.tier).toEqual({
      limit: 'TIER_1K',
      next: 'TIER_10K',
      threshold: 500,
      usage24h: 0,
      progress7d: 1,
      eligible: true,
      blockers: [],
      projectedUpgradeAt: '2024-06-16T12:00:00.000Z', // now + 24 h
      downgradeRisk: null,
    });
    const below = accounts[1];
    expect(below).toMatchObject({ messagingLimit: 'TIER_1K', reached7d: 499 });
    // Daily slices [0,0,0,0,499,0,0]: least-squares slope 499/28, so day 7 projects 142.6 and the window
    // (499 + 142.6) passes 500 after one day; + the 2023 rule's 24 h.
    expect(below.tier).toMatchObject({
      threshold: 500,
      progress7d: 0.998,
      eligible: false,
      blockers: ['usage_below_threshold'],
      projectedUpgradeAt: '2024-06-17T12:00:00.000Z',
    });
    // A registered WhatsApp account without any quality event: listed, limit not set.
    expect(accounts[4]).toMatchObject({
      businessAccountId: quietId,
      qualityRating: null,
      messagingLimit: null,
      reached7d: 0,
      tier: { limit: 'TIER_NOT_SET', next: null, eligible: false, blockers: ['limit_not_set'] },
    });
  });

  it('applies the legacy rule at exactly 2× the limit', async () => {
    clock.set(NOW_2022);
    const legacy = (await health()).find((a) => a.accountExternalId === 'wa_legacy');
    expect(legacy).toMatchObject({ era: 'legacy', qualityRating: 'YELLOW', reached24h: 0, reached7d: 2000 });
    expect(legacy!.tier).toEqual({
      limit: 'TIER_1K',
      next: 'TIER_10K',
      threshold: 2000,
      usage24h: 0,
      progress7d: 1,
      eligible: true,
      blockers: [],
      projectedUpgradeAt: '2022-06-15T12:00:00.000Z', // legacy names no delay
      downgradeRisk: null,
    });
    clock.set(NOW_2024);
  });

  it('narrows to the filtered accounts and channels', async () => {
    clock.set(NOW_2024);
    const only = await gql<{ accountHealth: Health[] }>(HEALTH, { filter: { ...filter, accountIds: [quietId] } });
    expect(only.data!.accountHealth.map((a) => a.accountExternalId)).toEqual(['wa_quiet']);
    const telegram = await gql<{ accountHealth: Health[] }>(HEALTH, { filter: { ...filter, channels: ['TELEGRAM'] } });
    expect(telegram.data!.accountHealth).toEqual([]);
  });

  it('lists every quality change of the account oldest first, ties by id', async () => {
    const response = await gql<{ accountQualityHistory: unknown[] }>(HISTORY, { accountId });
    expect(response.errors).toBeUndefined();
    const base = { scope: 'phone', previousQualityRating: null, event: null, previousMessagingLimit: null };
    expect(response.data!.accountQualityHistory).toEqual([
      {
        ...base,
        id: 'q:1',
        occurredAt: '2024-06-01T00:00:00.000Z',
        qualityRating: 'GREEN',
        status: 'CONNECTED',
        event: 'UPGRADE',
        messagingLimit: 'TIER_1K',
        previousMessagingLimit: 'TIER_250',
      },
      {
        ...base,
        id: 'q:2',
        previousQualityRating: 'GREEN',
        occurredAt: '2024-06-05T00:00:00.000Z',
        qualityRating: 'YELLOW',
        status: 'CONNECTED',
        messagingLimit: 'TIER_1K',
      },
      {
        ...base,
        id: 'q:3',
        occurredAt: '2024-06-10T00:00:00.000Z',
        qualityRating: 'RED',
        previousQualityRating: 'YELLOW',
        status: 'FLAGGED',
        event: 'FLAGGED',
        messagingLimit: 'TIER_1K',
      },
      {
        ...base,
        id: 'q:4a',
        previousQualityRating: 'RED',
        occurredAt: '2024-06-12T00:00:00.000Z',
        qualityRating: 'YELLOW',
        status: 'FLAGGED',
        messagingLimit: null,
      },
      {
        ...base,
        id: 'q:4b',
        previousQualityRating: 'YELLOW',
        occurredAt: '2024-06-12T00:00:00.000Z',
        qualityRating: 'RED',
        status: 'FLAGGED',
        messagingLimit: null,
      },
    ]);
  });

  it('answers NOT_FOUND for an account that is not the tenant’s', async () => {
    const response = await gql(HISTORY, { accountId: randomUUID() });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });
});
