import type { CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { ManualClock } from '../../common/clock/clock';
import { graphql } from '../../testing/graphql-client';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../testing/test-app';

const KEY = 'ck_bootstrap_account_health_era_0123456';
const DAY_MS = 86_400_000;
/** After 2025-10-07: AUTO means the 2025 per-portfolio rule. */
const NOW = new Date('2025-12-01T12:00:00.000Z');
const SENT = new Date(NOW.getTime() - 2.5 * DAY_MS).toISOString();

const HEALTH = `
  query($filter: AnalyticsFilter!) {
    accountHealth(filter: $filter) {
      accountExternalId messagingLimit era reached24h reached7d portfolioId portfolioReached24h portfolioReached7d
      tier { limit next threshold usage24h progress7d eligible blockers projectedUpgradeAt }
    }
  }`;
const SETTINGS = `mutation($input: MonitoringSettingsInput!) { updateMonitoringSettings(input: $input) { tierEra } }`;

interface Health {
  accountExternalId: string;
  era: string;
  portfolioId: string | null;
  tier: { threshold: number | null; eligible: boolean; blockers: string[]; [field: string]: unknown };
  [field: string]: unknown;
}

function event(tenantId: string, id: string, type: string, at: string, account: string, payload: object) {
  return {
    id,
    tenantId,
    type,
    occurredAt: at,
    channel: 'whatsapp',
    accountId: account,
    source: 'fixture',
    schemaVersion: 1,
    payload,
  };
}

const quality = (tenantId: string, id: string, at: string, account: string, payload: object) =>
  event(tenantId, id, 'account.quality_changed', at, account, { scope: 'phone', ...payload }) as CanonicalEvent;

/** One template each to `contacts` (e.g. 0..599 → customers `<prefix>0` … `<prefix>599`), 2.5 days before now. */
const templates = (tenantId: string, account: string, prefix: string, first: number, last: number) =>
  Array.from(
    { length: last - first + 1 },
    (_, i) =>
      ({
        ...event(tenantId, `${account}:t:${first + i}`, 'message.sent', SENT, account, {
          sender: { kind: 'campaign' },
          isTemplate: true,
          templateName: 'promo',
          templateLanguage: 'en',
          contentType: 'template',
        }),
        contactId: `${prefix}${first + i}`,
        messageId: `m:${account}:${first + i}`,
      }) as CanonicalEvent,
  );

describe('account health under the tenant tier-era setting and per business portfolio (real app, chDB)', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(running.url, query, variables, { token: KEY });
  const filter = { from: '2025-11-01', to: '2025-12-01' };

  async function health(tierEra: string, extra: Record<string, unknown> = {}): Promise<Map<string, Health>> {
    const set = await gql(SETTINGS, { input: { tierEra } });
    expect(set.errors).toBeUndefined();
    const response = await gql<{ accountHealth: Health[] }>(HEALTH, { filter: { ...filter, ...extra } });
    expect(response.errors).toBeUndefined();
    return new Map(response.data!.accountHealth.map((a) => [a.accountExternalId, a]));
  }

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({
      dataDir,
      warehouse,
      clock: new ManualClock(NOW),
      env: { CHECKMARK_BOOTSTRAP_API_KEY: KEY },
    });
    const me = await gql<{ me: { tenant: { id: string } } }>('{ me { tenant { id } } }');
    const t = me.data!.me.tenant.id;
    for (const [externalId, wabaId] of [
      ['wa_2x', null],
      ['wa_p1', 'waba_A'],
      ['wa_q1', 'waba_B'],
    ] as const) {
      const created = await gql(
        'mutation($input: BusinessAccountInput!) { createBusinessAccount(input: $input) { id } }',
        {
          input: { channel: 'WHATSAPP', externalId, ...(wabaId ? { wabaId } : {}) },
        },
      );
      expect(created.errors).toBeUndefined();
    }
    const good = { qualityRating: 'GREEN', status: 'CONNECTED' };
    await warehouse.sink.insertEvents([
      // Per-number cases: exactly 2× TIER_1K and one below; exactly half of it and one below.
      quality(t, 'q:2x', '2025-11-01T00:00:00.000Z', 'wa_2x', { ...good, messagingLimit: 'TIER_1K' }),
      quality(t, 'q:2xu', '2025-11-01T00:00:00.000Z', 'wa_2x_under', { ...good, messagingLimit: 'TIER_1K' }),
      quality(t, 'q:h', '2025-11-01T00:00:00.000Z', 'wa_half', { ...good, messagingLimit: 'TIER_1K' }),
      quality(t, 'q:hu', '2025-11-01T00:00:00.000Z', 'wa_half_under', { ...good, messagingLimit: 'TIER_1K' }),
      ...templates(t, 'wa_2x', 'a', 0, 1999),
      ...templates(t, 'wa_2x_under', 'b', 0, 1998),
      ...templates(t, 'wa_half', 'c', 0, 499),
      ...templates(t, 'wa_half_under', 'd', 0, 498),
      // Portfolio A (TIER_2K, threshold half = 1000): wa_p1 registered under waba_A reaches p0…p599, wa_p2 (its
      // quality event names waba_A) reaches p550…p999 — 1,050 sends but exactly 1,000 customers.
      quality(t, 'q:p1', '2025-11-01T00:00:00.000Z', 'wa_p1', { ...good, messagingLimit: 'TIER_2K' }),
      quality(t, 'q:p2', '2025-11-01T00:00:00.000Z', 'wa_p2', {
        ...good,
        messagingLimit: 'TIER_2K',
        portfolioId: 'waba_A',
      }),
      ...templates(t, 'wa_p1', 'p', 0, 599),
      ...templates(t, 'wa_p2', 'p', 550, 999),
      // Portfolio B: its number last said TIER_250, the portfolio itself later TIER_2K (the shared limit); a second
      // number is YELLOW, so the portfolio's quality is not high; 999 customers, one short of half.
      quality(t, 'q:q1', '2025-11-01T00:00:00.000Z', 'wa_q1', { ...good, messagingLimit: 'TIER_250' }),
      quality(t, 'q:q2', '2025-11-02T00:00:00.000Z', 'wa_q2', {
        qualityRating: 'YELLOW',
        status: 'CONNECTED',
        portfolioId: 'waba_B',
      }),
      quality(t, 'q:b', '2025-11-20T00:00:00.000Z', 'waba_B', { scope: 'portfolio', messagingLimit: 'TIER_2K' }),
      ...templates(t, 'wa_q1', 'q', 0, 998),
    ]);
  }, 120_000);

  afterAll(async () => {
    await running?.close();
    removeDataDir(dataDir);
    await dropTestDatabase(warehouse);
  });

  it('LEGACY applies 2× the limit in 7 days to every date, per number', async () => {
    const accounts = await health('LEGACY');
    expect(accounts.get('wa_2x')).toMatchObject({ era: 'legacy', reached7d: 2000, portfolioId: null });
    expect(accounts.get('wa_2x')!.tier).toMatchObject({
      limit: 'TIER_1K',
      threshold: 2000,
      progress7d: 1,
      eligible: true,
      blockers: [],
      projectedUpgradeAt: NOW.toISOString(),
    });
    expect(accounts.get('wa_2x_under')!.tier).toMatchObject({
      threshold: 2000,
      progress7d: 0.9995,
      eligible: false,
      blockers: ['usage_below_threshold'],
    });
    expect(accounts.get('wa_p1')).toMatchObject({ portfolioId: null, portfolioReached7d: null, reached7d: 600 });
  });

  it('ERA_2023 applies half the limit per number with the 24 h delay, even after 2025-10-07', async () => {
    const accounts = await health('ERA_2023');
    expect(accounts.get('wa_half')).toMatchObject({ era: 'y2023', reached7d: 500, portfolioId: null });
    expect(accounts.get('wa_half')!.tier).toMatchObject({
      threshold: 500,
      progress7d: 1,
      eligible: true,
      blockers: [],
      projectedUpgradeAt: new Date(NOW.getTime() + DAY_MS).toISOString(),
    });
    expect(accounts.get('wa_half_under')!.tier).toMatchObject({
      threshold: 500,
      progress7d: 0.998,
      eligible: false,
      blockers: ['usage_below_threshold'],
    });
  });

  it('PORTFOLIO_2025 and AUTO (after 2025-10-07) count unique customers over the portfolio', async () => {
    for (const choice of ['PORTFOLIO_2025', 'AUTO']) {
      const accounts = await health(choice);
      const portfolioA = {
        era: 'y2025',
        portfolioId: 'waba_A',
        portfolioReached24h: 0,
        portfolioReached7d: 1000,
        tier: {
          limit: 'TIER_2K',
          next: 'TIER_10K',
          threshold: 1000,
          usage24h: 0,
          progress7d: 1,
          eligible: true,
          blockers: [],
          projectedUpgradeAt: new Date(NOW.getTime() + 6 * 3_600_000).toISOString(),
        },
      };
      expect(accounts.get('wa_p1')).toMatchObject({ ...portfolioA, reached7d: 600 });
      expect(accounts.get('wa_p2')).toMatchObject({ ...portfolioA, reached7d: 450 });
      expect(accounts.get('wa_q1')).toMatchObject({
        messagingLimit: 'TIER_250',
        portfolioId: 'waba_B',
        portfolioReached7d: 999,
        tier: {
          limit: 'TIER_2K',
          threshold: 1000,
          progress7d: 0.999,
          eligible: false,
          blockers: ['quality_not_high', 'usage_below_threshold'],
        },
      });
      expect(accounts.get('waba_B')).toMatchObject({ portfolioId: 'waba_B', portfolioReached7d: 999 });
      expect(accounts.get('wa_2x')).toMatchObject({ era: 'y2025', portfolioId: null, portfolioReached7d: null });
    }
  });

  it('counts the whole portfolio when the filter selects one of its numbers', async () => {
    const accounts = await health('PORTFOLIO_2025', { channels: ['WHATSAPP'] });
    expect(accounts.get('wa_p1')).toMatchObject({ portfolioReached7d: 1000 });
    const listed = await gql<{ accountHealth: Health[] }>(HEALTH, {
      filter: { ...filter, accountIds: [await accountId('wa_p1')] },
    });
    expect(listed.data!.accountHealth).toEqual([
      expect.objectContaining({ accountExternalId: 'wa_p1', reached7d: 600, portfolioReached7d: 1000 }),
    ]);
  });

  async function accountId(externalId: string): Promise<string> {
    const response = await gql<{ businessAccounts: { nodes: { id: string; externalId: string }[] } }>(
      '{ businessAccounts(page: { first: 50 }) { nodes { id externalId } } }',
    );
    return response.data!.businessAccounts.nodes.find((a) => a.externalId === externalId)!.id;
  }
});
