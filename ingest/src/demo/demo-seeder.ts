import { TrafficSimulator } from '../simulator';
import { ProgressBar } from '../simulator/progress-bar';
import { HttpPoster } from '../simulator/sinks/http-poster';
import * as ops from './demo-operations';
import { DemoSeedError } from './demo-seed-error';
import type { GraphQLClient } from './graphql-client';
import { LineProgress } from './line-progress';
import {
  accountKey,
  agentInputs,
  businessAccountInput,
  campaignInput,
  campaignSpend,
  DEMO_HANDLED_KINDS,
  demoAlertRules,
  demoCaseChanges,
  demoMarketingSettings,
  demoMonitoringSettings,
  demoSlaTargets,
  demoTenantSettings,
  teamInputs,
} from './world-mutations';

export interface DemoSeedOptions {
  email: string;
  password: string;
  seed: number;
  days: number;
  /** First instant of the simulated period; the same value on a re-run gives the same event ids. */
  startMs: number;
  events: number;
  batch: number;
  concurrency: number;
  /** `bar`: a redrawn one-line bar (terminals); `lines`: a plain line every few seconds (logs); `off`. */
  progress: { stream: NodeJS.WriteStream; mode: 'bar' | 'lines' | 'off' };
}

export interface DemoSeedSummary {
  tenantId: string;
  created: { accounts: number; teams: number; agents: number; campaigns: number };
  existing: { accounts: number; teams: number; agents: number; campaigns: number };
  events: { lines: number; accepted: number; rejected: number; skipped: number };
  /** Alert rules created now or found from an earlier run, and the firings the evaluation after the seed added. */
  alerts: { rulesCreated: number; rulesExisting: number; newFirings: number };
  /** Violations detection found over the whole history, and the cases the demo's officer moved on. */
  compliance: { violations: number; acknowledged: number; resolved: number };
  elapsedMs: number;
}

interface Page<T> {
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const PAGE_SIZE = 100;
const DAY_MS = 86_400_000;
/** Longer than the rollups' own 5-minute schedule, so only a rollup that keeps failing stops the seed. */
const ANALYTICS_WAIT_MS = 6 * 60_000;

/**
 * Creates the simulator world's settings in a tenant through the public GraphQL API (skipping what exists, so an
 * interrupted seed can run again) and posts its traffic to /v1/events with a short-lived INGEST key.
 */
export class DemoSeeder {
  constructor(
    private readonly gql: Pick<GraphQLClient, 'request' | 'useToken' | 'endpoint'>,
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async seed(options: DemoSeedOptions): Promise<DemoSeedSummary> {
    const started = Date.now();
    const { login } = await this.gql.request<{ login: { token: string } }>(ops.LOGIN, {
      email: options.email,
      password: options.password,
    });
    this.gql.useToken(login.token);
    const { me } = await this.gql.request<{ me: { role: string; tenant: { id: string } } }>(ops.ME);
    if (me.role !== 'ADMIN')
      throw new DemoSeedError('DEMO_BAD_ARGUMENTS', `the demo needs an ADMIN user; ${options.email} is ${me.role}`);
    const tenantId = me.tenant.id;

    const sim = new TrafficSimulator({
      seed: options.seed,
      days: options.days,
      startMs: options.startMs,
      events: options.events,
      tenantId,
    });
    const { world } = sim;
    await this.gql.request(ops.UPDATE_TENANT_SETTINGS, { input: demoTenantSettings() });
    await this.gql.request(ops.UPDATE_MARKETING_SETTINGS, { input: demoMarketingSettings(world) });
    await this.gql.request(ops.UPDATE_SLA_SETTINGS, { targets: demoSlaTargets() });
    await this.gql.request(ops.UPDATE_MONITORING_SETTINGS, { input: demoMonitoringSettings() });

    const created = { accounts: 0, teams: 0, agents: 0, campaigns: 0 };
    const existing = { accounts: 0, teams: 0, agents: 0, campaigns: 0 };

    const accountIds = new Map<string, string>();
    for (const a of await this.all<{ id: string; channel: string; externalId: string }>(
      ops.BUSINESS_ACCOUNTS,
      'businessAccounts',
    )) {
      accountIds.set(accountKey(a.channel, a.externalId), a.id);
    }
    for (const account of world.accounts) {
      const key = accountKey(account.channel, account.id);
      if (accountIds.has(key)) {
        existing.accounts++;
        continue;
      }
      const { createBusinessAccount } = await this.gql.request<{ createBusinessAccount: { id: string } }>(
        ops.CREATE_BUSINESS_ACCOUNT,
        {
          input: businessAccountInput(account),
        },
      );
      accountIds.set(key, createBusinessAccount.id);
      created.accounts++;
    }

    const storedTeams = await this.all<{ id: string; name: string; externalId: string | null }>(ops.TEAMS, 'teams');
    const teamIds = new Map<string, string>();
    for (const input of teamInputs(world)) {
      // By the id events carry first (the team may have been renamed), then by name (seeded before teams had one).
      const stored =
        storedTeams.find((t) => t.externalId === input.externalId) ?? storedTeams.find((t) => t.name === input.name);
      if (stored) {
        // A team from an earlier seed gets the id now; one the user gave an id of their own keeps it.
        if (stored.externalId === null) {
          await this.gql.request(ops.UPDATE_TEAM, {
            id: stored.id,
            input: { name: stored.name, externalId: input.externalId },
          });
        }
        teamIds.set(input.externalId, stored.id);
        existing.teams++;
        continue;
      }
      const { createTeam } = await this.gql.request<{ createTeam: { id: string } }>(ops.CREATE_TEAM, { input });
      teamIds.set(input.externalId, createTeam.id);
      created.teams++;
    }

    const agentIds = new Set((await this.all<{ externalId: string }>(ops.AGENTS, 'agents')).map((a) => a.externalId));
    for (const input of agentInputs(world, teamIds)) {
      if (agentIds.has(input.externalId)) {
        existing.agents++;
        continue;
      }
      await this.gql.request(ops.CREATE_AGENT, { input });
      created.agents++;
    }

    const campaigns = new Map(
      (await this.all<{ id: string; key: string; totalSpend: number }>(ops.CAMPAIGNS, 'campaigns')).map((c) => [
        c.key,
        c,
      ]),
    );
    for (const campaign of world.campaigns) {
      let stored = campaigns.get(campaign.id);
      if (stored) existing.campaigns++;
      else {
        const result = await this.gql.request<{ createCampaign: { id: string; key: string; totalSpend: number } }>(
          ops.CREATE_CAMPAIGN,
          {
            input: campaignInput(campaign, options.startMs, accountIds),
          },
        );
        stored = result.createCampaign;
        created.campaigns++;
      }
      const spend = campaignSpend(campaign);
      const total = spend.reduce((sum, d) => sum + d.amount, 0);
      // Re-sent only when missing or different (an interrupted run may have created the campaign but not its spend).
      if (spend.length && Math.abs(stored.totalSpend - total) > 0.005) {
        await this.gql.request(ops.SET_CAMPAIGN_SPEND, { id: stored.id, spend });
      }
    }

    const events = await this.postEvents(sim, options);
    await this.waitForAnalytics(Date.now());
    const compliance = await this.workComplianceCases(options);
    const alerts = await this.alertOnIncidents();
    return { tenantId, created, existing, events, alerts, compliance, elapsedMs: Date.now() - started };
  }

  /**
   * Detects violations over the whole seeded history now (the scheduler would, a minute later), then moves older
   * consent cases on as the demo's compliance officer would have. Cases already moved are skipped by the API, so
   * a second seed changes nothing.
   */
  private async workComplianceCases(options: DemoSeedOptions): Promise<DemoSeedSummary['compliance']> {
    const { redetectViolations } = await this.gql.request<{ redetectViolations: { found: number } }>(
      ops.REDETECT_VIOLATIONS,
    );
    const moved = { ACKNOWLEDGE: 0, RESOLVE: 0 };
    for (const change of demoCaseChanges(options.startMs, options.startMs + options.days * DAY_MS)) {
      const { updateComplianceCases } = await this.gql.request<{ updateComplianceCases: { updated: number } }>(
        ops.UPDATE_COMPLIANCE_CASES,
        {
          input: {
            action: change.action,
            comment: change.comment,
            filter: {
              from: change.from,
              to: change.to,
              kinds: [...DEMO_HANDLED_KINDS],
              caseStates: [change.action === 'ACKNOWLEDGE' ? 'OPEN' : 'ACKNOWLEDGED'],
            },
          },
        },
      );
      moved[change.action] += updateComplianceCases.updated;
    }
    return { violations: redetectViolations.found, acknowledged: moved.ACKNOWLEDGE, resolved: moved.RESOLVE };
  }

  /**
   * Creates the demo's alert rules once the analytics include every event (a rule evaluated over half-loaded
   * data would store firings for conditions that are not real, and a firing is never stored twice), then
   * evaluates them so the bell shows the planted incidents on first open.
   */
  private async alertOnIncidents(): Promise<DemoSeedSummary['alerts']> {
    const { alertRules } = await this.gql.request<{ alertRules: { kind: string; name: string }[] }>(ops.ALERT_RULES);
    const stored = new Set(alertRules.map((r) => `${r.kind}:${r.name}`));
    let rulesCreated = 0;
    let rulesExisting = 0;
    for (const input of demoAlertRules()) {
      if (stored.has(`${input.kind}:${input.name}`)) {
        rulesExisting++;
        continue;
      }
      await this.gql.request(ops.CREATE_ALERT_RULE, { input });
      rulesCreated++;
    }
    const { evaluateAlertsNow } = await this.gql.request<{ evaluateAlertsNow: number }>(ops.EVALUATE_ALERTS);
    return { rulesCreated, rulesExisting, newFirings: evaluateAlertsNow };
  }

  /**
   * The analytics pages read rollups the API rebuilds a moment after the last write (and every 5 minutes): the
   * demo is ready when one rebuilt after the seed's last event was stored.
   */
  private async waitForAnalytics(lastWriteMs: number): Promise<void> {
    const today = new Date().toISOString().slice(0, 10);
    const deadline = Date.now() + ANALYTICS_WAIT_MS;
    for (;;) {
      const { engagement } = await this.gql.request<{ engagement: { asOf: string | null } }>(ops.ANALYTICS_FRESHNESS, {
        filter: { from: today, to: today },
      });
      if (engagement.asOf !== null && Date.parse(engagement.asOf) > lastWriteMs) return;
      if (Date.now() > deadline)
        throw new DemoSeedError(
          'DEMO_ANALYTICS_STALE',
          `the analytics were last rolled up at ${engagement.asOf ?? 'never'}, before the demo's last event`,
        );
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  /** Every node of a paginated list query (`field(page: PageInput)`). */
  private async all<T>(query: string, field: string): Promise<T[]> {
    const nodes: T[] = [];
    let after: string | null = null;
    for (;;) {
      const data: Record<string, Page<T>> = await this.gql.request<Record<string, Page<T>>>(query, {
        page: { first: PAGE_SIZE, after },
      });
      const page = data[field];
      nodes.push(...page.nodes);
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return nodes;
      after = page.pageInfo.endCursor;
    }
  }

  private async postEvents(sim: TrafficSimulator, options: DemoSeedOptions): Promise<DemoSeedSummary['events']> {
    const { createApiKey } = await this.gql.request<{ createApiKey: { apiKey: { id: string }; secret: string } }>(
      ops.CREATE_API_KEY,
      {
        input: { name: `demo seed ${new Date().toISOString()}`, role: 'INGEST' },
      },
    );
    const totals = { lines: 0, accepted: 0, rejected: 0, skipped: 0 };
    // Tallies the per-line results /v1/events returns while HttpPoster handles concurrency and retries.
    const tallyingFetch: typeof fetch = async (input, init) => {
      const response = await this.fetchImpl(input, init);
      if (response.ok) {
        const body = (await response.clone().json()) as {
          totals?: { accepted: number; rejected: number; skipped: number };
        };
        totals.accepted += body.totals?.accepted ?? 0;
        totals.rejected += body.totals?.rejected ?? 0;
        totals.skipped += body.totals?.skipped ?? 0;
      }
      return response;
    };
    const poster = new HttpPoster({
      url: new URL('/v1/events', this.baseUrl).toString(),
      concurrency: options.concurrency,
      fetchImpl: tallyingFetch,
    });
    const headers = { 'content-type': 'application/x-ndjson', authorization: `Bearer ${createApiKey.secret}` };
    const { stream, mode } = options.progress;
    const bar =
      mode === 'lines'
        ? new LineProgress(stream, options.events, 'demo events')
        : new ProgressBar(stream, options.events, mode === 'bar');
    let failure: Error | undefined;
    try {
      let batch: string[] = [];
      for (const event of sim) {
        batch.push(JSON.stringify(event));
        if (batch.length >= options.batch) {
          await poster.submit(batch.join('\n') + '\n', headers);
          batch = [];
        }
        if ((++totals.lines & 4095) === 0) bar.update(totals.lines);
      }
      if (batch.length) await poster.submit(batch.join('\n') + '\n', headers);
      await poster.drain();
      bar.finish(totals.lines);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
    }
    try {
      await this.gql.request(ops.REVOKE_API_KEY, { id: createApiKey.apiKey.id });
    } catch (error) {
      // The posting failure, when there was one, is the one worth reporting.
      throw failure ?? error;
    }
    if (failure) throw failure;
    return totals;
  }
}
