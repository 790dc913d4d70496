import {
  API_MAIN,
  freePort,
  killAllProductProcesses,
  removeDir,
  startProductProcess,
  tempDir,
  type ProductProcess,
} from '@checkmark/test/helpers/product-process';
import { DEMO_TIME_ZONE, LocalClock, TrafficSimulator, type HealthIncidentKind } from '../simulator';
import { DemoSeeder, type DemoSeedOptions } from './demo-seeder';
import { GraphQLClient } from './graphql-client';
import { DEMO_HANDLED_KINDS, demoAlertRules, demoCaseChanges } from './world-mutations';

const PASSWORD = 'demo-seed-test-password-1';
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

interface Firing {
  kind: string;
  title: string;
  accountId: string | null;
  conditionAt: string;
  link: string | null;
}

/**
 * A small demo seed against the compiled product (api/dist, embedded chDB + SQLite) over HTTP only, as
 * `npm start` runs it, ending now like the real demo so that the alerts' 30-day look-back sees the planted
 * incidents. Build first (`npm test` does).
 */
describe('demo seed against the running product', () => {
  let dataDir: string;
  let api: ProductProcess;
  let url: string;
  const endMs = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
  const options: DemoSeedOptions = {
    email: 'owner@northwind.example',
    password: PASSWORD,
    seed: 7,
    days: 21,
    startMs: endMs - 21 * DAY_MS,
    events: 30_000,
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
  const local = new LocalClock(DEMO_TIME_ZONE);
  const sim = new TrafficSimulator({ ...options, tenantId: 'plan-only' });
  const plan = sim.incidents;
  const [, ua, pl] = sim.world.accountsByChannel.whatsapp;
  // What the simulator planted (and the platform reported) before the simulated end: detection must find exactly
  // these. Journeys begun near the end go on for a day or two, i.e. into the future, and detection judges only what
  // has happened (a future send is found once its time has passed).
  const expectedViolations = (() => {
    const run = new TrafficSimulator({ ...options, tenantId: 'truth-only' });
    for (const _event of run);
    return run.truth.expectedViolations.filter((v) => Date.parse(v.occurredAt) < endMs);
  })();
  let firstDetection = 0;
  const healthAt = (kind: HealthIncidentKind) => new Date(plan.health.find((h) => h.kind === kind)!.at).toISOString();
  const firings = async (gql: GraphQLClient): Promise<Firing[]> => {
    const all: Firing[] = [];
    let after: string | null = null;
    for (;;) {
      const data: {
        alertFirings: { nodes: Firing[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
      } = await gql.request(
        `query Firings($page: PageInput) {
          alertFirings(page: $page) { nodes { kind title accountId conditionAt link } pageInfo { endCursor hasNextPage } }
        }`,
        { page: { first: 100, after } },
      );
      all.push(...data.alertFirings.nodes);
      if (!data.alertFirings.pageInfo.hasNextPage) return all;
      after = data.alertFirings.pageInfo.endCursor;
    }
  };
  const evaluate = async (gql: GraphQLClient) =>
    (await gql.request<{ evaluateAlertsNow: number }>('mutation { evaluateAlertsNow }')).evaluateAlertsNow;
  const messagesInPeriod = async (gql: GraphQLClient) => {
    const { overview } = await gql.request<{ overview: { messages: { value: number | null } } }>(
      'query Overview($f: AnalyticsFilter!) { overview(filter: $f) { messages { value } } }',
      { f: { from: local.date(options.startMs - DAY_MS), to: local.date(endMs + DAY_MS) } },
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
    expect(summary.events).toEqual({ lines: 30_000, accepted: 30_000, rejected: 0, skipped: 0 });
    // The API's own schedule may evaluate the new rules first, so the seeder's count of new firings is not fixed;
    // the next test checks the stored firings.
    expect(summary.alerts).toMatchObject({ rulesCreated: 8, rulesExisting: 0 });
    expect(summary.compliance.violations).toBeGreaterThanOrEqual(expectedViolations.length);
    firstDetection = summary.compliance.violations;

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

  it('finds exactly the planted violations, and older consent cases are handled as the demo officer left them', async () => {
    const gql = await admin();
    const stored: {
      kind: string;
      messageId: string | null;
      eventId: string | null;
      caseState: string;
      occurredAt: string;
    }[] = [];
    let after: string | null = null;
    for (;;) {
      const data: {
        complianceViolations: {
          nodes: typeof stored;
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      } = await gql.request(
        `query V($f: ViolationFilter!, $page: PageInput) {
          complianceViolations(filter: $f, page: $page) {
            nodes { kind messageId eventId caseState occurredAt } pageInfo { endCursor hasNextPage }
          }
        }`,
        {
          f: { from: local.date(options.startMs - DAY_MS), to: local.date(endMs + DAY_MS) },
          page: { first: 100, after },
        },
      );
      stored.push(...data.complianceViolations.nodes);
      if (!data.complianceViolations.pageInfo.hasNextPage) break;
      after = data.complianceViolations.pageInfo.endCursor;
    }
    // Keyed as the detection engine keys them: the message, or the platform's event.
    const key = (v: (typeof stored)[number]) => `${v.kind}:${v.messageId ?? v.eventId}`;
    const beforeEnd = stored.filter((v) => Date.parse(v.occurredAt) < endMs);
    expect(beforeEnd.map(key).sort()).toEqual(expectedViolations.map((v) => v.key).sort());

    const changes = demoCaseChanges(options.startMs, endMs);
    const lastTo = (action: string) => changes.filter((c) => c.action === action).at(-1)!.to;
    const expectedState = (day: string) =>
      day <= lastTo('RESOLVE') ? 'RESOLVED' : day <= lastTo('ACKNOWLEDGE') ? 'ACKNOWLEDGED' : 'OPEN';
    const consent = stored.filter((v) => (DEMO_HANDLED_KINDS as readonly string[]).includes(v.kind));
    for (const v of consent) {
      const day = local.date(Date.parse(v.occurredAt));
      expect([key(v), day, v.caseState]).toEqual([key(v), day, expectedState(day)]);
    }
    expect(new Set(consent.map((v) => v.caseState))).toEqual(new Set(['RESOLVED', 'ACKNOWLEDGED', 'OPEN']));
    expect(stored.filter((v) => !consent.includes(v)).every((v) => v.caseState === 'OPEN')).toBe(true);
  });

  it('fires one alert for each planted incident, and none again on a second evaluation', async () => {
    const gql = await admin();
    const all = await firings(gql);
    const matching = (kind: string, conditionAt: string, accountId: string | null = null) =>
      all.filter(
        (f) => f.kind === kind && f.conditionAt === conditionAt && (accountId === null || f.accountId === accountId),
      );

    expect(matching('STATUS_RESTRICTED', healthAt('RESTRICTED'), pl.id)).toHaveLength(1);
    expect(matching('TIER_CHANGE', healthAt('UPGRADE'), pl.id)).toHaveLength(1);
    expect(matching('STATUS_FLAGGED', healthAt('FLAGGED'), ua.id)).toHaveLength(1);
    expect(matching('QUALITY_DROP', healthAt('FLAGGED'), ua.id)).toHaveLength(1);
    expect(matching('TIER_CHANGE', healthAt('DOWNGRADE'), ua.id)).toHaveLength(1);
    // Lifting the restriction and unflagging are improvements: no alert.
    expect(matching('QUALITY_DROP', healthAt('UNFLAGGED'), ua.id)).toEqual([]);
    expect(matching('STATUS_RESTRICTED', healthAt('RESTRICTION_LIFTED'), pl.id)).toEqual([]);

    // The backlog days: the billing team's first-response attainment, judged once the day is complete.
    for (const date of plan.slaBacklog.dates) {
      const day = matching('SLA_BELOW_TARGET', new Date(local.startOf(LocalClock.addDays(date, 1))).toISOString());
      const billingFirstResponse = day.filter((f) => f.title.startsWith('Billing: FIRST_RESPONSE'));
      expect([date, billingFirstResponse.length]).toEqual([date, 1]);
      expect(new Set(day.map((f) => f.title)).size).toBe(day.length);
    }

    // The NPS week is judged against the week before, at the start of the next week.
    expect(matching('NPS_DROP', new Date(plan.npsDrop!.to).toISOString())).toHaveLength(1);

    expect(await evaluate(gql)).toBe(0);
    expect(await firings(gql)).toHaveLength(all.length);
  });

  it('fires once for the complaint-spike day (judged on a tenant threshold at this small volume)', async () => {
    const gql = await admin();
    // 30,000 events give fewer than 100 delivered business-initiated messages on ordinary days, too few for the
    // trailing-mean rule to judge (the simulator's unit tests check that rule at the demo's volume); the blast day
    // alone has enough, so a tenant threshold judges it. A rule looks back 30 days on its first evaluation only:
    // the demo's spike rule is replaced by the same rule after the threshold is set.
    const { alertRules } = await gql.request<{ alertRules: { id: string; kind: string; name: string }[] }>(
      '{ alertRules { id kind name } }',
    );
    const seeded = alertRules.find((r) => r.kind === 'COMPLAINT_SPIKE')!;
    await gql.request('mutation D($id: ID!) { deleteAlertRule(id: $id) }', { id: seeded.id });
    await gql.request(
      'mutation M($input: MonitoringSettingsInput!) { updateMonitoringSettings(input: $input) { tierEra } }',
      { input: { tierEra: 'AUTO', complaintSpikeThreshold: 50 } },
    );
    const input = demoAlertRules().find((r) => r.kind === 'COMPLAINT_SPIKE')!;
    await gql.request('mutation C($input: AlertRuleInput!) { createAlertRule(input: $input) { id } }', { input });
    await evaluate(gql);
    const spikes = (await firings(gql)).filter((f) => f.kind === 'COMPLAINT_SPIKE');
    const spikeAt = new Date(local.startOf(plan.complaintSpike!.date)).toISOString();
    expect(spikes.map((f) => f.conditionAt)).toEqual([spikeAt]);
    expect(await evaluate(gql)).toBe(0);
  });

  it('runs again without duplicating settings or events (an interrupted first start resumes safely)', async () => {
    const gql = await admin();
    const before = await messagesInPeriod(gql);
    const summary = await new DemoSeeder(new GraphQLClient(url), url).seed(options);
    expect(summary.created).toEqual({ accounts: 0, teams: 0, agents: 0, campaigns: 0 });
    expect(summary.events.accepted).toBe(30_000);
    expect(summary.alerts).toEqual({ rulesCreated: 0, rulesExisting: 8, newFirings: 0 });
    // Detection finds the same again (plus any send whose future time has passed since); no case moves twice.
    expect(summary.compliance.violations).toBeGreaterThanOrEqual(firstDetection);
    expect(summary.compliance).toMatchObject({ acknowledged: 0, resolved: 0 });
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
