import {
  API_MAIN,
  freePort,
  killAllProductProcesses,
  removeDir,
  startProductProcess,
  tempDir,
  type ProductProcess,
} from '@checkmark/test/helpers/product-process';
import { DemoSeeder, type DemoSeedOptions } from './demo-seeder';
import { GraphQLClient } from './graphql-client';

const PASSWORD = 'demo-seed-test-password-1';
const DAY_MS = 86_400_000;

/**
 * A small demo seed against the compiled product (api/dist, embedded chDB + SQLite) over HTTP only, as
 * `npm start` runs it. Build first (`npm test` does).
 */
describe('demo seed against the running product', () => {
  let dataDir: string;
  let api: ProductProcess;
  let url: string;
  const endMs = Date.UTC(2026, 2, 1);
  const options: DemoSeedOptions = {
    email: 'owner@northwind.example',
    password: PASSWORD,
    seed: 7,
    days: 14,
    startMs: endMs - 14 * DAY_MS,
    events: 4000,
    batch: 1000,
    concurrency: 2,
    progress: { stream: process.stderr, mode: 'off' },
  };

  const admin = async () => {
    const gql = new GraphQLClient(url);
    const { login } = await gql.request<{ login: { token: string } }>(
      'mutation Login($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: options.email, p: PASSWORD },
    );
    gql.useToken(login.token);
    return gql;
  };
  const messagesInPeriod = async (gql: GraphQLClient) => {
    const { overview } = await gql.request<{ overview: { messages: { value: number | null } } }>(
      'query Overview($f: AnalyticsFilter!) { overview(filter: $f) { messages { value } } }',
      { f: { from: '2026-02-10', to: '2026-03-05' } },
    );
    return overview.messages.value;
  };

  beforeAll(async () => {
    dataDir = tempDir('demo-seed');
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = await startProductProcess({
      name: 'api',
      script: API_MAIN,
      env: {
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        CHECKMARK_ADMIN_EMAIL: options.email,
        CHECKMARK_ADMIN_PASSWORD: PASSWORD,
      },
      readyUrl: `${url}/healthz`,
    });
  });

  afterAll(async () => {
    await api?.stop().catch(() => killAllProductProcesses());
    removeDir(dataDir);
  });

  it('creates the settings through GraphQL, stores every event under the tenant and revokes its key', async () => {
    const summary = await new DemoSeeder(new GraphQLClient(url), url).seed(options);
    expect(summary.created).toEqual({ accounts: 16, teams: 3, agents: 12, campaigns: 17 });
    expect(summary.events).toEqual({ lines: 4000, accepted: 4000, rejected: 0, skipped: 0 });

    const gql = await admin();
    const data = await gql.request<{
      tenantSettings: { timeZone: string; businessHours: unknown[] };
      businessAccounts: { totalCount: number };
      agents: { totalCount: number; nodes: { externalId: string; team: { name: string } | null }[] };
      campaigns: { totalCount: number; nodes: { key: string; totalSpend: number; codes: { kind: string }[] }[] };
      apiKeys: { nodes: { role: string; revokedAt: string | null }[] };
      marketingSettings: { reportingCurrency: string; exchangeRates: { currency: string }[]; messagePrices: unknown[] };
    }>(`query Check {
      tenantSettings { timeZone businessHours { dayOfWeek } }
      businessAccounts { totalCount }
      agents(page: { first: 50 }) { totalCount nodes { externalId team { name } } }
      campaigns(page: { first: 50 }) { totalCount nodes { key totalSpend codes { kind } } }
      apiKeys { nodes { role revokedAt } }
      marketingSettings { reportingCurrency exchangeRates { currency } messagePrices { channel } }
    }`);
    expect(data.tenantSettings.timeZone).toBe('Europe/Berlin');
    expect(data.tenantSettings.businessHours).toHaveLength(6);
    expect(data.businessAccounts.totalCount).toBe(16);
    expect(data.agents.totalCount).toBe(12);
    expect(data.agents.nodes.every((a) => a.team !== null)).toBe(true);
    expect(data.campaigns.totalCount).toBe(17);
    const spring = data.campaigns.nodes.find((c) => c.key === 'cmp_ctwa_spring_de')!;
    expect(spring.totalSpend).toBeGreaterThan(0);
    expect(spring.codes.map((c) => c.kind)).toContain('AD_ID');
    expect(data.apiKeys.nodes.filter((k) => k.role === 'INGEST')).toEqual([
      expect.objectContaining({ revokedAt: expect.any(String) }),
    ]);
    expect(await messagesInPeriod(gql)).toBeGreaterThan(1000);
    expect(data.marketingSettings.reportingCurrency).toBe('EUR');
    expect(data.marketingSettings.exchangeRates.map((r) => r.currency)).toEqual(['BRL', 'GBP', 'PLN', 'RUB', 'UAH']);
    expect(data.marketingSettings.messagePrices.length).toBeGreaterThan(8);
  });

  it('runs again without duplicating settings or events (an interrupted first start resumes safely)', async () => {
    const gql = await admin();
    const before = await messagesInPeriod(gql);
    const summary = await new DemoSeeder(new GraphQLClient(url), url).seed(options);
    expect(summary.created).toEqual({ accounts: 0, teams: 0, agents: 0, campaigns: 0 });
    expect(summary.events.accepted).toBe(4000);
    expect(await messagesInPeriod(gql)).toBe(before);
  });

  it('refuses a wrong password before changing anything', async () => {
    await expect(
      new DemoSeeder(new GraphQLClient(url), url).seed({ ...options, password: 'wrong-password-123' }),
    ).rejects.toMatchObject({
      code: 'DEMO_GRAPHQL_ERROR',
      graphqlCode: 'INVALID_CREDENTIALS',
    });
  });
});
