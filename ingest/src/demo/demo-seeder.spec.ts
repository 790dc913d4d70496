import { buildWorld } from '../simulator';
import { DemoSeeder, type DemoSeedOptions } from './demo-seeder';
import { DemoSeedError } from './demo-seed-error';
import { demoCaseChanges } from './world-mutations';

interface Vars {
  password?: string;
  id?: string;
  spend?: { amount: number }[];
  input: {
    kind: string;
    channel: string;
    externalId: string;
    name: string;
    teamId: string;
    key: string;
    role: string;
    timeZone: string;
  };
}
interface PostedEvent {
  id: string;
  tenantId: string;
}

/** An in-memory stand-in for the GraphQL API, answering the seeder's operations by name. */
class FakeApi {
  token: string | undefined;
  role = 'ADMIN';
  accounts: { id: string; channel: string; externalId: string }[] = [];
  teams: { id: string; name: string; externalId: string | null }[] = [];
  agents: { id: string; externalId: string; teamId: string }[] = [];
  campaigns: { id: string; key: string; totalSpend: number }[] = [];
  keys: { id: string; role: string; secret: string; revoked: boolean }[] = [];
  calls: string[] = [];
  settings: unknown;
  sla: unknown;
  monitoring: unknown;
  rules: { id: string; kind: string; name: string }[] = [];
  evaluations = 0;
  caseChanges: { action: string; filter: { from: string; to: string; caseStates: string[] } }[] = [];
  marketing: { reportingCurrency: string; exchangeRates: unknown[]; messagePrices: unknown[] } | undefined;
  /** What DemoAnalyticsFreshness answers, in turn; then a rollup a minute from now (after the last write). */
  rollups: (string | null)[] = [];
  private seq = 0;
  readonly endpoint = 'http://demo.test/graphql';

  useToken(token: string | undefined): void {
    this.token = token;
  }

  request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const vars = variables as unknown as Vars;
    const op = /(?:query|mutation)\s+(\w+)/.exec(query)![1];
    this.calls.push(op);
    const id = () => `id-${++this.seq}`;
    const page = <N>(nodes: N[]) => ({ nodes, pageInfo: { endCursor: null, hasNextPage: false } });
    if (op !== 'DemoLogin' && this.token !== 'session-token') {
      return Promise.reject(new DemoSeedError('DEMO_GRAPHQL_ERROR', 'no session', 'UNAUTHENTICATED'));
    }
    const answers: Record<string, () => unknown> = {
      DemoLogin: () => {
        if (vars.password !== 'pw') throw new DemoSeedError('DEMO_GRAPHQL_ERROR', 'bad', 'INVALID_CREDENTIALS');
        return { login: { token: 'session-token' } };
      },
      DemoMe: () => ({ me: { role: this.role, tenant: { id: 'tenant-42', slug: 'default' } } }),
      DemoTenantSettings: () => (
        (this.settings = vars.input),
        { updateTenantSettings: { timeZone: vars.input.timeZone } }
      ),
      DemoMarketingSettings: () => (
        (this.marketing = (variables as { input: FakeApi['marketing'] }).input),
        { updateMarketingSettings: { reportingCurrency: this.marketing!.reportingCurrency } }
      ),
      DemoSlaSettings: () => (
        (this.sla = (variables as { targets: unknown }).targets),
        { updateSlaSettings: { targets: [] } }
      ),
      DemoMonitoringSettings: () => ((this.monitoring = vars.input), { updateMonitoringSettings: { tierEra: 'AUTO' } }),
      DemoAlertRules: () => ({ alertRules: this.rules }),
      DemoCreateAlertRule: () => {
        const r = { id: id(), kind: vars.input.kind, name: vars.input.name };
        this.rules.push(r);
        return { createAlertRule: r };
      },
      DemoEvaluateAlerts: () => ({ evaluateAlertsNow: this.evaluations++ === 0 ? 9 : 0 }),
      DemoRedetectViolations: () => ({ redetectViolations: { found: 40, inserted: 40 } }),
      DemoUpdateComplianceCases: () => {
        const { input } = variables as { input: FakeApi['caseChanges'][number] };
        this.caseChanges.push(input);
        return { updateComplianceCases: { updated: input.action === 'ACKNOWLEDGE' ? 3 : 2 } };
      },
      DemoBusinessAccounts: () => ({ businessAccounts: page(this.accounts) }),
      DemoCreateBusinessAccount: () => {
        const a = { id: id(), channel: vars.input.channel, externalId: vars.input.externalId };
        this.accounts.push(a);
        return { createBusinessAccount: a };
      },
      DemoTeams: () => ({ teams: page(this.teams) }),
      DemoCreateTeam: () => {
        const t = { id: id(), name: vars.input.name, externalId: vars.input.externalId };
        this.teams.push(t);
        return { createTeam: t };
      },
      DemoUpdateTeam: () => {
        const t = this.teams.find((x) => x.id === vars.id)!;
        Object.assign(t, { name: vars.input.name, externalId: vars.input.externalId });
        return { updateTeam: t };
      },
      DemoAgents: () => ({ agents: page(this.agents) }),
      DemoAnalyticsFreshness: () => ({
        engagement: { asOf: this.rollups.length ? this.rollups.shift() : new Date(Date.now() + 60_000).toISOString() },
      }),
      DemoCreateAgent: () => {
        const a = { id: id(), externalId: vars.input.externalId, teamId: vars.input.teamId };
        this.agents.push(a);
        return { createAgent: a };
      },
      DemoCampaigns: () => ({ campaigns: page(this.campaigns) }),
      DemoCreateCampaign: () => {
        const c = { id: id(), key: vars.input.key, totalSpend: 0 };
        this.campaigns.push(c);
        return { createCampaign: c };
      },
      DemoSetCampaignSpend: () => {
        const c = this.campaigns.find((x) => x.id === vars.id)!;
        c.totalSpend = vars.spend!.reduce((s, d) => s + d.amount, 0);
        return { setCampaignSpend: c };
      },
      DemoCreateApiKey: () => {
        const k = { id: id(), role: vars.input.role, secret: `ck_secret_${this.seq}`, revoked: false };
        this.keys.push(k);
        return { createApiKey: { apiKey: { id: k.id }, secret: k.secret } };
      },
      DemoRevokeApiKey: () => {
        this.keys.find((k) => k.id === vars.id)!.revoked = true;
        return { revokeApiKey: { id: vars.id, revokedAt: new Date().toISOString() } };
      },
    };
    try {
      return Promise.resolve(answers[op]() as T);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

/** A stand-in for POST /v1/events that records the lines and checks the bearer key. */
function fakeEventsApi(api: FakeApi, status = 200) {
  const lines: PostedEvent[] = [];
  const fetchImpl = ((_url: string, init: RequestInit) => Promise.resolve(answer(init))) as typeof fetch;
  const answer = (init: RequestInit): Response => {
    const key = String((init.headers as Record<string, string>).authorization).replace('Bearer ', '');
    const valid = api.keys.some((k) => k.secret === key && !k.revoked && k.role === 'INGEST');
    if (!valid) return new Response('{"error":{"code":"UNAUTHENTICATED"}}', { status: 401 });
    const batch = (init.body as string)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as PostedEvent);
    if (status !== 200) return new Response('{"error":{"code":"BAD_REQUEST"}}', { status });
    lines.push(...batch);
    return new Response(
      JSON.stringify({ totals: { lines: batch.length, accepted: batch.length, rejected: 0, skipped: 0 } }),
      { status: 200 },
    );
  };
  return { lines, fetchImpl };
}

const options: DemoSeedOptions = {
  email: 'admin@checkmark.local',
  password: 'pw',
  seed: 3,
  days: 14,
  startMs: Date.UTC(2026, 1, 1),
  events: 3000,
  batch: 500,
  concurrency: 2,
  progress: { stream: process.stderr, mode: 'off' },
};

describe('DemoSeeder', () => {
  it('creates the world through the API, posts every event with the tenant id from me, and revokes its key', async () => {
    const api = new FakeApi();
    const events = fakeEventsApi(api);
    const summary = await new DemoSeeder(api, 'http://demo.test', events.fetchImpl).seed(options);
    expect(summary.created).toEqual({ accounts: 16, teams: 3, agents: 12, campaigns: 17 });
    expect(summary.events).toEqual({ lines: 3000, accepted: 3000, rejected: 0, skipped: 0 });
    expect(events.lines).toHaveLength(3000);
    expect(new Set(events.lines.map((e) => e.tenantId))).toEqual(new Set(['tenant-42']));
    expect(api.keys).toHaveLength(1);
    expect(api.keys[0]).toMatchObject({ role: 'INGEST', revoked: true });
    expect(api.settings).toMatchObject({ timeZone: 'Europe/Berlin' });
    expect(api.marketing?.reportingCurrency).toBe('EUR');
    expect(api.marketing?.exchangeRates.length).toBeGreaterThan(3);
    expect(api.marketing?.messagePrices.length).toBeGreaterThan(8);
    expect(api.calls.indexOf('DemoMarketingSettings')).toBeLessThan(api.calls.indexOf('DemoCreateApiKey'));
    expect(api.agents.every((a) => api.teams.some((t) => t.id === a.teamId))).toBe(true);
    expect(api.campaigns.filter((c) => c.totalSpend > 0).length).toBeGreaterThan(3);
    expect(api.sla).toEqual([
      { kind: 'FIRST_RESPONSE', minutes: 15, basis: 'BUSINESS' },
      { kind: 'NEXT_REPLY', minutes: 60, basis: 'BUSINESS' },
      { kind: 'RESOLUTION', minutes: 480, basis: 'BUSINESS' },
    ]);
    expect(api.monitoring).toEqual({ tierEra: 'AUTO', complaintSpikeThreshold: null });
  });

  it('creates one alert rule per kind after the analytics caught up, then evaluates them', async () => {
    const api = new FakeApi();
    const summary = await new DemoSeeder(api, 'http://demo.test', fakeEventsApi(api).fetchImpl).seed(options);
    expect(api.rules.map((r) => r.kind).sort()).toEqual([
      'COMPLAINT_SPIKE',
      'COMPLIANCE_VIOLATION',
      'NPS_DROP',
      'QUALITY_DROP',
      'SLA_BELOW_TARGET',
      'STATUS_FLAGGED',
      'STATUS_RESTRICTED',
      'TIER_CHANGE',
    ]);
    const lastFreshness = api.calls.lastIndexOf('DemoAnalyticsFreshness');
    expect(api.calls.indexOf('DemoCreateAlertRule')).toBeGreaterThan(lastFreshness);
    expect(api.calls[api.calls.length - 1]).toBe('DemoEvaluateAlerts');
    expect(summary.alerts).toEqual({ rulesCreated: 8, rulesExisting: 0, newFirings: 9 });
  });

  it('detects violations over the history, then resolves older consent cases and acknowledges last week', async () => {
    const api = new FakeApi();
    const summary = await new DemoSeeder(api, 'http://demo.test', fakeEventsApi(api).fetchImpl).seed(options);
    const redetect = api.calls.indexOf('DemoRedetectViolations');
    expect(redetect).toBeGreaterThan(api.calls.lastIndexOf('DemoAnalyticsFreshness'));
    expect(api.calls.indexOf('DemoUpdateComplianceCases')).toBeGreaterThan(redetect);
    // Alerts are judged after the violations exist.
    expect(api.calls.indexOf('DemoEvaluateAlerts')).toBeGreaterThan(api.calls.lastIndexOf('DemoUpdateComplianceCases'));
    const changes = demoCaseChanges(options.startMs, options.startMs + options.days * 86_400_000);
    expect(api.caseChanges.map((c) => [c.action, c.filter.from, c.filter.to, c.filter.caseStates])).toEqual(
      changes.map((c) => [c.action, c.from, c.to, [c.action === 'ACKNOWLEDGE' ? 'OPEN' : 'ACKNOWLEDGED']]),
    );
    const count = (action: string) => changes.filter((c) => c.action === action).length;
    expect(summary.compliance).toEqual({
      violations: 40,
      acknowledged: 3 * count('ACKNOWLEDGE'),
      resolved: 2 * count('RESOLVE'),
    });
  });

  it('finishes only once the analytics were rolled up after the last event was stored', async () => {
    const api = new FakeApi();
    api.rollups = [null, new Date(Date.UTC(2026, 0, 1)).toISOString()];
    await new DemoSeeder(api, 'http://demo.test', fakeEventsApi(api).fetchImpl).seed(options);
    expect(api.calls.filter((c) => c === 'DemoAnalyticsFreshness')).toHaveLength(3);
    expect(api.rollups).toEqual([]);
  });

  it('creates nothing twice when run again (an interrupted first start re-runs safely) and posts the same events', async () => {
    const api = new FakeApi();
    const first = fakeEventsApi(api);
    await new DemoSeeder(api, 'http://demo.test', first.fetchImpl).seed(options);
    api.calls = [];
    const second = fakeEventsApi(api);
    const summary = await new DemoSeeder(api, 'http://demo.test', second.fetchImpl).seed(options);
    expect(summary.created).toEqual({ accounts: 0, teams: 0, agents: 0, campaigns: 0 });
    expect(summary.existing).toEqual({ accounts: 16, teams: 3, agents: 12, campaigns: 17 });
    expect(summary.alerts).toEqual({ rulesCreated: 0, rulesExisting: 8, newFirings: 0 });
    expect(api.calls.filter((c) => c.startsWith('DemoCreate') && c !== 'DemoCreateApiKey')).toEqual([]);
    expect(api.calls).not.toContain('DemoSetCampaignSpend');
    expect(second.lines.map((e) => e.id)).toEqual(first.lines.map((e) => e.id));
  });

  it('creates teams under the team id events carry, and gives it to teams an earlier seed made without one', async () => {
    const world = buildWorld(options.seed, options.startMs, options.days);
    const api = new FakeApi();
    api.teams.push({ id: 'old-team', name: world.teams[0].name, externalId: null });
    api.teams.push({ id: 'own-team', name: world.teams[1].name, externalId: 'customer_own_id' });
    const summary = await new DemoSeeder(api, 'http://demo.test', fakeEventsApi(api).fetchImpl).seed(options);
    expect(summary.created.teams).toBe(world.teams.length - 2);
    expect(summary.existing.teams).toBe(2);
    expect(api.calls.filter((c) => c === 'DemoUpdateTeam')).toHaveLength(1);
    expect(api.teams.find((t) => t.id === 'old-team')).toEqual({
      id: 'old-team',
      name: world.teams[0].name,
      externalId: world.teams[0].id,
    });
    // An id the user chose stays; the seeder still puts that team's agents in it.
    expect(api.teams.find((t) => t.id === 'own-team')?.externalId).toBe('customer_own_id');
    expect(api.agents.some((a) => a.teamId === 'own-team')).toBe(true);
    const simulated = world.teams.map((t) => [t.name, t.id]).slice(2);
    expect(api.teams.slice(2).map((t) => [t.name, t.externalId])).toEqual(simulated);

    api.calls = [];
    await new DemoSeeder(api, 'http://demo.test', fakeEventsApi(api).fetchImpl).seed(options);
    expect(api.calls.filter((c) => c === 'DemoUpdateTeam' || c === 'DemoCreateTeam')).toEqual([]);
  });

  it('still revokes the ingest key when posting fails, and reports the posting failure', async () => {
    const api = new FakeApi();
    const events = fakeEventsApi(api, 400);
    await expect(new DemoSeeder(api, 'http://demo.test', events.fetchImpl).seed(options)).rejects.toMatchObject({
      code: 'SIMULATOR_POST_REJECTED',
    });
    expect(api.keys.every((k) => k.revoked)).toBe(true);
  });

  it('stops before changing anything when the login is wrong or the user is not an admin', async () => {
    const api = new FakeApi();
    await expect(new DemoSeeder(api, 'http://demo.test').seed({ ...options, password: 'nope' })).rejects.toMatchObject({
      graphqlCode: 'INVALID_CREDENTIALS',
    });
    api.role = 'VIEWER';
    await expect(new DemoSeeder(api, 'http://demo.test').seed(options)).rejects.toMatchObject({
      code: 'DEMO_BAD_ARGUMENTS',
    });
    expect(api.calls.filter((c) => c.startsWith('DemoCreate'))).toEqual([]);
  });
});
