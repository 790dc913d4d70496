import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { SMTPServer } from 'smtp-server';
import type { Principal } from '../../common/auth/principal';
import { ManualClock } from '../../common/clock/clock';
import { ApiMetrics } from '../../metrics';
import { whatsappEvent } from '../../testing/analytics-fixtures';
import { errorCodes, graphql } from '../../testing/graphql-client';
import { removeDataDir, startTestApp, tempDataDir, TEST_ADMIN, type RunningTestApp } from '../../testing/test-app';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { TenantsRepository } from '../tenants/tenants.repository';
import { AlertsRepository } from './alerts.repository';
import { AlertDeliveryWorker } from './delivery/alert-delivery.worker';

const KEY = 'ck_bootstrap_alerts_0123456789abcdefghij';
const NOW = new Date('2026-03-10T12:00:00.000Z');
const RETRY_BASE_MS = 30_000;

const RULE_FIELDS = 'id kind name enabled threshold accountIds emailRecipients notifyWebhook createdAt updatedAt';
const CREATE = `mutation($input: AlertRuleInput!) { createAlertRule(input: $input) { ${RULE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: AlertRuleInput!) { updateAlertRule(id: $id, input: $input) { ${RULE_FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteAlertRule(id: $id) }';
const RULES = `{ alertRules { ${RULE_FIELDS} } }`;
const EVALUATE = 'mutation { evaluateAlertsNow }';
const FIRINGS = `query($unreadOnly: Boolean, $page: PageInput) {
  alertFirings(unreadOnly: $unreadOnly, page: $page) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id ruleId ruleName kind severity title detail accountId conditionAt firedAt read link
      deliveries { channel status attempts lastError deliveredAt } }
  }
}`;
const UNREAD = '{ alertUnreadCount }';
const MARK = 'mutation($ids: [ID!]) { markAlertsRead(ids: $ids) }';
const WEBHOOK =
  'mutation($url: String) { updateAlertWebhook(url: $url) { secret settings { webhookUrl webhookSecretHint emailEnabled } } }';

interface Firing {
  id: string;
  ruleId: string;
  ruleName: string;
  kind: string;
  severity: string;
  title: string;
  accountId: string | null;
  conditionAt: string;
  read: boolean;
  link: string | null;
  deliveries: {
    channel: string;
    status: string;
    attempts: number;
    lastError: string | null;
    deliveredAt: string | null;
  }[];
}

interface Received {
  raw: Buffer;
  headers: IncomingHttpHeaders;
}

/** A webhook receiver on 127.0.0.1:0 that keeps the exact bytes of each request and answers `status`. */
async function receiver(status: () => number): Promise<{ server: Server; url: string; requests: Received[] }> {
  const requests: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ raw: Buffer.concat(chunks), headers: req.headers });
      res.statusCode = status();
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/alerts`, requests };
}

const quality = (tenantId: string, id: string, at: string, account: string, payload: Record<string, unknown>) =>
  ({
    ...whatsappEvent(tenantId, id, 'account.quality_changed', at, {
      accountId: account,
      payload: { scope: 'phone', ...payload },
    }),
    contactId: undefined,
  }) as unknown as CanonicalEvent;

/** Account state history of wa_1 and wa_2 (the first evaluation looks back to 2026-02-08T12:00Z). */
function accountEvents(t: string): CanonicalEvent[] {
  return [
    // Before the look-back: a drop that must not fire, then the baseline GREEN / CONNECTED / TIER_1K.
    quality(t, 'q:old1', '2026-01-20T00:00:00.000Z', 'wa_1', { qualityRating: 'GREEN', status: 'CONNECTED' }),
    quality(t, 'q:old2', '2026-01-25T00:00:00.000Z', 'wa_1', { qualityRating: 'YELLOW' }),
    quality(t, 'q:1', '2026-02-01T00:00:00.000Z', 'wa_1', {
      qualityRating: 'GREEN',
      status: 'CONNECTED',
      messagingLimit: 'TIER_1K',
    }),
    // GREEN → YELLOW: a drop; the limit as an integer is the same limit (no tier change).
    quality(t, 'q:2', '2026-02-20T00:00:00.000Z', 'wa_1', { qualityRating: 'YELLOW', messagingLimit: 1000 }),
    // YELLOW → RED and flagged.
    quality(t, 'q:3', '2026-02-25T00:00:00.000Z', 'wa_1', { qualityRating: 'RED', status: 'FLAGGED' }),
    // Still RED and FLAGGED: nothing new.
    quality(t, 'q:4', '2026-02-26T00:00:00.000Z', 'wa_1', { qualityRating: 'RED', status: 'FLAGGED' }),
    quality(t, 'q:5', '2026-03-01T00:00:00.000Z', 'wa_1', { status: 'RESTRICTED' }),
    quality(t, 'q:6', '2026-03-02T00:00:00.000Z', 'wa_1', { messagingLimit: 'TIER_250' }),
    // wa_2's first ever event: no previous rating, so no drop.
    quality(t, 'q:w2', '2026-03-03T00:00:00.000Z', 'wa_2', { qualityRating: 'GREEN', status: 'CONNECTED' }),
  ];
}

/**
 * 100 delivered templates a day on 03-05 and 03-06; 5 complaints on 03-05 (50 per 1,000, above the tenant
 * threshold of 30: a spike) and 2 on 03-06 (20: normal).
 */
function complaintEvents(t: string): CanonicalEvent[] {
  const events: CanonicalEvent[] = [];
  for (const [date, complaints] of [
    ['2026-03-05', 5],
    ['2026-03-06', 2],
  ] as const) {
    for (let i = 0; i < 100; i += 1) {
      const messageId = `m:${date}:${i}`;
      const contactId = `c:${date}:${i}`;
      events.push(
        whatsappEvent(t, `sent:${date}:${i}`, 'message.sent', `${date}T10:00:00.000Z`, {
          messageId,
          contactId,
          payload: { sender: { kind: 'campaign' }, isTemplate: true, templateName: 'promo', contentType: 'template' },
        }),
        whatsappEvent(t, `delivered:${date}:${i}`, 'message.status', `${date}T10:00:05.000Z`, {
          messageId,
          contactId,
          payload: { status: 'delivered' },
        }),
      );
      if (i < complaints) {
        events.push(
          whatsappEvent(t, `complaint:${date}:${i}`, 'complaint.recorded', `${date}T15:00:00.000Z`, {
            contactId,
            payload: { kind: 'report_spam', relatedMessageId: messageId },
          }),
        );
      }
    }
  }
  return events;
}

/**
 * NPS answers by ISO week (UTC tenant). 02-16: 10, 10, 10 → 100. 02-23: 10, 0 → 0 (a drop of exactly 100).
 * 03-02: 10, 10, 9, 0 → 50 (a rise). 03-09 is the week in progress: 0 → −100, never judged. 02-09: no answers.
 */
function npsEvents(t: string): CanonicalEvent[] {
  const weeks: [string, number[]][] = [
    ['2026-02-17', [10, 10, 10]],
    ['2026-02-24', [10, 0]],
    ['2026-03-03', [10, 10, 9, 0]],
    ['2026-03-10', [0]],
  ];
  return weeks.flatMap(([date, scores]) =>
    scores.map((score, i) =>
      whatsappEvent(t, `nps:${date}:${i}`, 'survey.answered', `${date}T09:00:00.000Z`, {
        contactId: `s:${date}:${i}`,
        payload: { survey: 'nps', score },
      }),
    ),
  );
}

/**
 * Support conversations answered by agent ag_anna of team tm_support (first-response target 10 minutes, calendar):
 * 03-03: c1 answered in 5 min (within), c2 in 30 min (missed) → 50 %. 03-04: c3 answered in 1 min → 100 %.
 * 03-10 (today, not complete): c4 answered in 2 h → never judged.
 */
function supportEvents(t: string): CanonicalEvent[] {
  const anna = { kind: 'agent', agentId: 'ag_anna', teamId: 'tm_support' };
  const conversation = (contact: string, askedAt: string, answeredAt: string) => [
    whatsappEvent(t, `${contact}:in`, 'message.received', askedAt, {
      contactId: contact,
      messageId: `wamid.${contact}.in`,
      payload: { contentType: 'text' },
    }),
    whatsappEvent(t, `${contact}:out`, 'message.sent', answeredAt, {
      contactId: contact,
      messageId: `wamid.${contact}.out`,
      payload: { sender: anna, isTemplate: false, contentType: 'text' },
    }),
  ];
  return [
    ...conversation('sc1', '2026-03-03T09:00:00.000Z', '2026-03-03T09:05:00.000Z'),
    ...conversation('sc2', '2026-03-03T10:00:00.000Z', '2026-03-03T10:30:00.000Z'),
    ...conversation('sc3', '2026-03-04T09:00:00.000Z', '2026-03-04T09:01:00.000Z'),
    ...conversation('sc4', '2026-03-10T08:00:00.000Z', '2026-03-10T10:00:00.000Z'),
  ];
}

describe('alerts over GraphQL (real app, chDB, SQLite or PostgreSQL, local webhook receiver and SMTP server)', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;
  let smtp: SMTPServer;
  const mails: { to: string[]; raw: string }[] = [];
  let good: Awaited<ReturnType<typeof receiver>>;
  let failing: Awaited<ReturnType<typeof receiver>>;
  const clock = new ManualClock(NOW);
  let tenantId: string;
  let admin: string;
  let secondUser: string;
  const as: Record<'manager' | 'compliance' | 'viewer', string> = { manager: '', compliance: '', viewer: '' };
  let otherTenant: string;
  let webhookSecret: string;
  let supportTeamId: string;

  const gql = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(running.url, query, variables, { token });
  const ok = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await gql<T>(token, query, variables);
    if (response.errors?.length || !response.data)
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data;
  };
  const codes = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    errorCodes(await gql(token, query, variables));
  const evaluate = async (token = admin) =>
    (await ok<{ evaluateAlertsNow: number }>(token, EVALUATE)).evaluateAlertsNow;
  const firings = async (token = admin, variables: Record<string, unknown> = {}) =>
    (await ok<{ alertFirings: { totalCount: number; nodes: Firing[] } }>(token, FIRINGS, variables)).alertFirings;
  const worker = () => running.app.get(AlertDeliveryWorker, { strict: false });
  const createRule = async (input: Record<string, unknown>, token = admin) =>
    (await ok<{ createAlertRule: { id: string } }>(token, CREATE, { input })).createAlertRule.id;
  const rule = (kind: string, extra: Record<string, unknown> = {}) => ({
    kind,
    name: `${kind} rule`,
    enabled: true,
    notifyWebhook: false,
    ...extra,
  });

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    good = await receiver(() => 200);
    failing = await receiver(() => 500);

    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({
      dataDir,
      warehouse,
      clock,
      env: {
        CHECKMARK_BOOTSTRAP_API_KEY: KEY,
        CHECKMARK_ALERT_WEBHOOK_ALLOW_PRIVATE: 'true',
        CHECKMARK_ALERT_DELIVERY_ATTEMPTS: '3',
        CHECKMARK_ALERT_RETRY_BASE_SECONDS: String(RETRY_BASE_MS / 1000),
        CHECKMARK_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        CHECKMARK_ALERT_EMAIL_FROM: 'alerts@checkmark.test',
      },
    });
    const login = async (email: string, password: string) =>
      (
        await ok<{ login: { token: string } }>(
          '',
          'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          { e: email, p: password },
        )
      ).login.token;
    admin = await login(TEST_ADMIN.email, TEST_ADMIN.password);
    tenantId = (await ok<{ me: { tenant: { id: string } } }>(admin, '{ me { tenant { id } } }')).me.tenant.id;
    await ok(admin, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { email: 'second@checkmark.test', name: 'Second', role: 'MANAGER', password: 'second-user-password' },
    });
    secondUser = await login('second@checkmark.test', 'second-user-password');
    for (const role of ['manager', 'compliance', 'viewer'] as const) {
      as[role] = (
        await ok<{ createApiKey: { secret: string } }>(
          admin,
          'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
          { input: { name: `${role} key`, role: role.toUpperCase() } },
        )
      ).createApiKey.secret;
    }
    for (const externalId of ['wa_1', 'wa_2']) {
      await ok(admin, 'mutation($input: BusinessAccountInput!) { createBusinessAccount(input: $input) { id } }', {
        input: { channel: 'WHATSAPP', externalId },
      });
    }
    supportTeamId = (
      await ok<{ createTeam: { id: string } }>(
        admin,
        'mutation($input: TeamInput!) { createTeam(input: $input) { id } }',
        {
          input: { name: 'Support', externalId: 'tm_support' },
        },
      )
    ).createTeam.id;
    await ok(admin, 'mutation($input: AgentInput!) { createAgent(input: $input) { id } }', {
      input: { name: 'Anna', externalId: 'ag_anna', teamId: supportTeamId },
    });
    const tenantB = await running.app.get(TenantsRepository, { strict: false }).ensure('tenant-b', 'Tenant B');
    const system: Principal = { tenantId: tenantB.id, role: 'admin', kind: 'api_key', label: 'alerts suite' };
    otherTenant = (
      await running.app.get(ApiKeysService, { strict: false }).create(system, { name: 'tenant B admin', role: 'admin' })
    ).secret;

    await warehouse.sink.insertEvents([
      ...accountEvents(tenantId),
      // A replay of q:3 (same id) is the same event.
      ...accountEvents(tenantId).filter((e) => e.id === 'q:3'),
      ...complaintEvents(tenantId),
      ...npsEvents(tenantId),
      ...supportEvents(tenantId),
      // Tenant B's data on the same account ids fires nothing for tenant A (and vice versa).
      ...accountEvents(tenantB.id).map((e) => ({ ...e, id: `b:${e.id}` })),
    ]);
    await refreshTestRollups(warehouse);
  }, 180_000);

  afterAll(async () => {
    await running?.close();
    removeDataDir(dataDir);
    if (warehouse) await dropTestDatabase(warehouse);
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    good?.server.close();
    failing?.server.close();
  });

  it('validates rules, keeps them per tenant, audits every change and refuses roles that may not change them', async () => {
    const issues = async (input: Record<string, unknown>) => {
      const response = await gql(admin, CREATE, { input });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      return (response.errors![0].extensions!.issues as { path: string }[]).map((i) => i.path).sort();
    };
    expect(await issues(rule('SLA_BELOW_TARGET'))).toEqual(['input.threshold']);
    expect(await issues(rule('SLA_BELOW_TARGET', { threshold: 100.5 }))).toEqual(['input.threshold']);
    expect(await issues(rule('NPS_DROP', { threshold: 0 }))).toEqual(['input.threshold']);
    expect(await issues(rule('QUALITY_DROP', { threshold: 5 }))).toEqual(['input.threshold']);
    expect(
      await issues(rule('QUALITY_DROP', { name: '  ', emailRecipients: ['ops@x.test', 'not an address'] })),
    ).toEqual(['input.emailRecipients.1', 'input.name']);
    expect(await issues(rule('TIER_CHANGE', { accountIds: ['wa_1', 'wa_unknown'] }))).toEqual(['input.accountIds.1']);

    for (const token of [as.viewer]) {
      expect(await codes(token, CREATE, { input: rule('QUALITY_DROP') })).toEqual(['FORBIDDEN']);
    }
    const id = await createRule(
      rule('SLA_BELOW_TARGET', { threshold: 90, emailRecipients: ['lead@x.test'] }),
      as.compliance,
    );
    const updated = (
      await ok<{ updateAlertRule: Record<string, unknown> }>(as.manager, UPDATE, {
        id,
        input: rule('NPS_DROP', { name: 'NPS fell', threshold: 10, enabled: false, accountIds: ['wa_2'] }),
      })
    ).updateAlertRule;
    expect(updated).toMatchObject({
      id,
      kind: 'NPS_DROP',
      name: 'NPS fell',
      enabled: false,
      threshold: 10,
      accountIds: ['wa_2'],
      emailRecipients: [],
      notifyWebhook: false,
    });
    expect((await ok<{ alertRules: unknown[] }>(as.viewer, RULES)).alertRules).toEqual([updated]);

    expect(await codes(otherTenant, UPDATE, { id, input: rule('QUALITY_DROP') })).toEqual(['NOT_FOUND']);
    expect(await codes(otherTenant, DELETE, { id })).toEqual(['NOT_FOUND']);
    expect((await ok<{ alertRules: unknown[] }>(otherTenant, RULES)).alertRules).toEqual([]);
    expect(await codes(as.viewer, DELETE, { id })).toEqual(['FORBIDDEN']);
    expect((await ok<{ deleteAlertRule: boolean }>(as.manager, DELETE, { id })).deleteAlertRule).toBe(true);
    expect(await codes(as.manager, DELETE, { id })).toEqual(['NOT_FOUND']);

    const { auditLog } = await ok<{
      auditLog: { nodes: { action: string; entityId: string; before: unknown; after: unknown }[] };
    }>(admin, 'query { auditLog(entityType: "alert_rule") { nodes { action entityId before after } } }');
    expect(auditLog.nodes.map((n) => [n.action, n.entityId])).toEqual([
      ['alert_rule.delete', id],
      ['alert_rule.update', id],
      ['alert_rule.create', id],
    ]);
    expect(auditLog.nodes[1]).toMatchObject({
      before: { kind: 'SLA_BELOW_TARGET', threshold: 90 },
      after: { kind: 'NPS_DROP', threshold: 10 },
    });
  });

  it('refuses webhook URLs that are not http(s), keeps the secret out of answers after the first and the audit', async () => {
    expect(await codes(admin, WEBHOOK, { url: 'ftp://example.test/hook' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes(admin, WEBHOOK, { url: 'not a url' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes(as.compliance, WEBHOOK, { url: good.url })).toEqual(['FORBIDDEN']);
    const set = (
      await ok<{ updateAlertWebhook: { secret: string; settings: Record<string, unknown> } }>(admin, WEBHOOK, {
        url: good.url,
      })
    ).updateAlertWebhook;
    webhookSecret = set.secret;
    expect(webhookSecret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    const settings = { webhookUrl: good.url, webhookSecretHint: `${webhookSecret.slice(0, 10)}…`, emailEnabled: true };
    expect(set.settings).toEqual(settings);
    expect(
      (
        await ok<{ alertDeliverySettings: unknown }>(
          as.compliance,
          '{ alertDeliverySettings { webhookUrl webhookSecretHint emailEnabled } }',
        )
      ).alertDeliverySettings,
    ).toEqual(settings);
    expect(await codes(as.viewer, '{ alertDeliverySettings { webhookUrl } }')).toEqual(['FORBIDDEN']);
    const { auditLog } = await ok<{ auditLog: { nodes: { action: string; after: unknown }[] } }>(
      admin,
      'query { auditLog(entityType: "alert_settings") { nodes { action after } } }',
    );
    expect(auditLog.nodes[0].action).toBe('alert_settings.update');
    expect(JSON.stringify(auditLog.nodes)).not.toContain(webhookSecret);
  });

  it('fires each account-state kind and the complaint spike once from the events, and delivers once by webhook and e-mail', async () => {
    expect(
      (
        await gql(
          admin,
          'mutation { updateMonitoringSettings(input: { tierEra: AUTO, complaintSpikeThreshold: 30 }) { tierEra } }',
        )
      ).errors,
    ).toBeUndefined();
    const drop = await createRule(
      rule('QUALITY_DROP', { name: 'Quality', notifyWebhook: true, emailRecipients: ['ops@checkmark.test'] }),
    );
    const flagged = await createRule(rule('STATUS_FLAGGED'));
    const restricted = await createRule(rule('STATUS_RESTRICTED'));
    const tier = await createRule(rule('TIER_CHANGE'));
    const wa2Only = await createRule(rule('QUALITY_DROP', { name: 'wa_2 quality', accountIds: ['wa_2'] }));
    const spike = await createRule(rule('COMPLAINT_SPIKE'));
    await createRule(rule('STATUS_FLAGGED', { name: 'disabled', enabled: false }));

    expect(await codes(as.manager, EVALUATE)).toEqual(['FORBIDDEN']);
    expect(await evaluate()).toBe(6);
    await worker().idle();
    // The same conditions evaluated again fire nothing, and nothing is delivered again.
    expect(await evaluate()).toBe(0);
    await worker().idle();

    const { nodes, totalCount } = await firings();
    expect(totalCount).toBe(6);
    const byRule = (id: string) => nodes.filter((f) => f.ruleId === id);
    const wa1 = (
      await ok<{ businessAccounts: { nodes: { id: string; externalId: string }[] } }>(
        admin,
        '{ businessAccounts { nodes { id externalId } } }',
      )
    ).businessAccounts.nodes.find((a) => a.externalId === 'wa_1')!.id;
    expect(
      byRule(drop)
        .map((f) => [f.severity, f.conditionAt, f.accountId, f.link])
        .sort(),
    ).toEqual([
      ['CRITICAL', '2026-02-25T00:00:00.000Z', 'wa_1', `/quality?account=${wa1}`],
      ['WARNING', '2026-02-20T00:00:00.000Z', 'wa_1', `/quality?account=${wa1}`],
    ]);
    expect(byRule(flagged).map((f) => [f.kind, f.conditionAt])).toEqual([
      ['STATUS_FLAGGED', '2026-02-25T00:00:00.000Z'],
    ]);
    expect(byRule(restricted).map((f) => [f.severity, f.conditionAt])).toEqual([
      ['CRITICAL', '2026-03-01T00:00:00.000Z'],
    ]);
    expect(byRule(tier).map((f) => [f.severity, f.conditionAt, f.title])).toEqual([
      ['WARNING', '2026-03-02T00:00:00.000Z', 'Messaging limit of wa_1 lowered to TIER_250'],
    ]);
    expect(byRule(wa2Only)).toEqual([]);
    expect(byRule(spike).map((f) => [f.kind, f.conditionAt, f.link, f.accountId])).toEqual([
      [
        'COMPLAINT_SPIKE',
        '2026-03-05T00:00:00.000Z',
        '/complaints?from=2026-03-05&to=2026-03-05&events=date%3A2026-03-05',
        null,
      ],
    ]);
    for (const firing of byRule(drop)) {
      expect(firing.deliveries).toEqual([
        { channel: 'WEBHOOK', status: 'DELIVERED', attempts: 1, lastError: null, deliveredAt: NOW.toISOString() },
        { channel: 'EMAIL', status: 'DELIVERED', attempts: 1, lastError: null, deliveredAt: NOW.toISOString() },
      ]);
    }
    expect(byRule(flagged)[0].deliveries).toEqual([]);

    // Exactly one signed request per firing, verifiable on the raw bytes.
    expect(good.requests).toHaveLength(2);
    for (const request of good.requests) {
      const timestamp = String(request.headers['x-checkmark-timestamp']);
      expect(timestamp).toBe(String(NOW.getTime() / 1000));
      const expected = `sha256=${createHmac('sha256', webhookSecret).update(`${timestamp}.`).update(request.raw).digest('hex')}`;
      expect(request.headers['x-checkmark-signature']).toBe(expected);
      const body = JSON.parse(request.raw.toString('utf8')) as Record<string, unknown>;
      expect(Object.keys(body)).toEqual([
        'id',
        'kind',
        'severity',
        'title',
        'detail',
        'accountId',
        'conditionAt',
        'firedAt',
        'link',
        'tenantId',
      ]);
      expect(body).toMatchObject({ kind: 'QUALITY_DROP', accountId: 'wa_1', tenantId, firedAt: NOW.toISOString() });
      expect(byRule(drop).map((f) => f.id)).toContain(body.id);
    }
    // Exactly one e-mail per firing.
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      expect(mail.to).toEqual(['ops@checkmark.test']);
      expect(mail.raw).toContain('From: alerts@checkmark.test');
      expect(mail.raw).toMatch(/Subject: \[Checkmark\] (CRITICAL|WARNING): Quality of wa_1 dropped to/);
    }

    // Later data: only the new condition fires, for every rule that watches it.
    clock.advance(60_000);
    await warehouse.sink.insertEvents([
      quality(tenantId, 'q:w2b', '2026-03-10T06:00:00.000Z', 'wa_2', { qualityRating: 'YELLOW' }),
    ]);
    expect(await evaluate()).toBe(2);
    await worker().idle();
    expect(good.requests).toHaveLength(3);
    expect(mails).toHaveLength(3);
    expect((await firings()).nodes.filter((f) => f.ruleId === wa2Only).map((f) => f.accountId)).toEqual(['wa_2']);
    expect(await evaluate()).toBe(0);
  });

  it('retries a failing receiver with backoff, then marks the delivery FAILED with the reason', async () => {
    await ok(admin, WEBHOOK, { url: failing.url });
    const id = await createRule(rule('STATUS_RESTRICTED', { name: 'to failing receiver', notifyWebhook: true }));
    expect(await evaluate()).toBe(1);
    await worker().idle();
    const delivery = async () => (await firings()).nodes.find((f) => f.ruleId === id)!.deliveries[0];
    expect(failing.requests).toHaveLength(1);
    expect(await delivery()).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastError: expect.stringContaining('HTTP 500'),
    });

    // Not due before the backoff has passed.
    clock.advance(RETRY_BASE_MS - 1000);
    await worker().deliverDue();
    expect(failing.requests).toHaveLength(1);
    clock.advance(1000);
    await worker().deliverDue();
    expect(failing.requests).toHaveLength(2);
    expect(await delivery()).toMatchObject({ status: 'PENDING', attempts: 2 });
    clock.advance(4 * RETRY_BASE_MS);
    await worker().deliverDue();
    expect(failing.requests).toHaveLength(3);
    expect(await delivery()).toMatchObject({
      status: 'FAILED',
      attempts: 3,
      deliveredAt: null,
      lastError: expect.stringContaining('HTTP 500'),
    });
    clock.advance(100 * RETRY_BASE_MS);
    await worker().deliverDue();
    expect(failing.requests).toHaveLength(3);
    const metrics = running.app.get(ApiMetrics, { strict: false }).registry;
    const attempts = await metrics.getSingleMetricAsString('checkmark_alert_delivery_attempts_total');
    expect(attempts).toContain('checkmark_alert_delivery_attempts_total{channel="webhook",result="retrying"} 2');
    expect(attempts).toContain('checkmark_alert_delivery_attempts_total{channel="webhook",result="failed"} 1');
    expect(attempts).toContain('checkmark_alert_delivery_attempts_total{channel="email",result="delivered"} 3');
  });

  it('keeps unread marks per user and per API key, and other tenants see and change none of it', async () => {
    const all = await firings();
    expect(all.totalCount).toBe(9);
    expect((await ok<{ alertUnreadCount: number }>(admin, UNREAD)).alertUnreadCount).toBe(9);
    const [first, second] = all.nodes;
    expect((await ok<{ markAlertsRead: number }>(admin, MARK, { ids: [first.id, first.id] })).markAlertsRead).toBe(1);
    expect((await ok<{ markAlertsRead: number }>(admin, MARK, { ids: [first.id] })).markAlertsRead).toBe(0);
    expect((await ok<{ alertUnreadCount: number }>(admin, UNREAD)).alertUnreadCount).toBe(8);
    expect((await firings()).nodes.find((f) => f.id === first.id)!.read).toBe(true);
    expect((await firings(admin, { unreadOnly: true })).nodes.map((f) => f.id)).not.toContain(first.id);
    // Another user and an API key of the same tenant still have everything unread.
    expect((await ok<{ alertUnreadCount: number }>(secondUser, UNREAD)).alertUnreadCount).toBe(9);
    expect((await ok<{ alertUnreadCount: number }>(as.viewer, UNREAD)).alertUnreadCount).toBe(9);
    expect((await firings(secondUser)).nodes.find((f) => f.id === first.id)!.read).toBe(false);
    expect((await ok<{ markAlertsRead: number }>(as.viewer, MARK, { ids: [second.id] })).markAlertsRead).toBe(1);
    expect((await ok<{ alertUnreadCount: number }>(as.viewer, UNREAD)).alertUnreadCount).toBe(8);

    // Tenant B: sees no firings, and marking tenant A's ids changes nothing.
    expect((await firings(otherTenant)).totalCount).toBe(0);
    expect(
      (await ok<{ markAlertsRead: number }>(otherTenant, MARK, { ids: [second.id, first.id] })).markAlertsRead,
    ).toBe(0);
    expect((await ok<{ evaluateAlertsNow: number }>(otherTenant, EVALUATE)).evaluateAlertsNow).toBe(0);
    expect((await ok<{ alertUnreadCount: number }>(otherTenant, UNREAD)).alertUnreadCount).toBe(0);

    expect((await ok<{ markAlertsRead: number }>(admin, MARK, { ids: null })).markAlertsRead).toBe(8);
    expect((await ok<{ alertUnreadCount: number }>(admin, UNREAD)).alertUnreadCount).toBe(0);
    expect((await firings(admin, { unreadOnly: true })).totalCount).toBe(0);
    expect((await ok<{ alertUnreadCount: number }>(secondUser, UNREAD)).alertUnreadCount).toBe(9);

    // Pages: newest first, continued by the cursor.
    const page1 = await firings(admin, { page: { first: 5 } });
    const cursor = (
      await ok<{ alertFirings: { pageInfo: { endCursor: string } } }>(admin, FIRINGS, { page: { first: 5 } })
    ).alertFirings.pageInfo.endCursor;
    const page2 = await firings(admin, { page: { first: 5, after: cursor } });
    expect([...page1.nodes, ...page2.nodes].map((f) => f.id)).toEqual(all.nodes.map((f) => f.id));
  });

  it('fires an NPS drop per completed week when it fell by at least the threshold, once', async () => {
    const twenty = await createRule(rule('NPS_DROP', { threshold: 20 }));
    const exactly = await createRule(rule('NPS_DROP', { threshold: 100 }));
    const more = await createRule(rule('NPS_DROP', { threshold: 100.5 }));
    expect(await evaluate()).toBe(2);
    expect(await evaluate()).toBe(0);
    const { nodes } = await firings();
    const of = (id: string) =>
      nodes.filter((f) => f.ruleId === id).map((f) => [f.kind, f.conditionAt, f.link, f.title]);
    const expected = [
      'NPS_DROP',
      '2026-03-02T00:00:00.000Z',
      '/support?from=2026-02-23&to=2026-03-01',
      'NPS fell 100 points in the week of 2026-02-23',
    ];
    expect(of(twenty)).toEqual([expected]);
    expect(of(exactly)).toEqual([expected]);
    expect(of(more)).toEqual([]);
  });

  it('stores a (rule, condition) pair once even when another evaluator (replica) inserts it at the same time', async () => {
    const repository = running.app.get(AlertsRepository, { strict: false });
    const [existing] = (await firings()).nodes;
    const stored = await repository.findFiring(existing.id);
    const copy = { ...stored!, id: '00000000-0000-4000-8000-000000000001' };
    const delivery = {
      id: '00000000-0000-4000-8000-000000000002',
      tenantId,
      firingId: copy.id,
      channel: 'WEBHOOK' as const,
      recipients: [],
      status: 'PENDING' as const,
      attempts: 0,
      lastError: null,
      nextAttemptAt: clock.now(),
      claimedUntil: null,
      deliveredAt: null,
    };
    expect(await repository.insertFiring(copy, [delivery])).toBe(false);
    expect(await repository.findFiring(copy.id)).toBeNull();
    expect(await repository.deliveriesOf([copy.id])).toEqual([]);
    // Two evaluations asked at once find nothing new between them.
    const total = (await firings()).totalCount;
    expect(await Promise.all([evaluate(), evaluate()])).toEqual([0, 0]);
    expect((await firings()).totalCount).toBe(total);
  });

  it('fires per completed day and team when SLA attainment is below the threshold, and not at exactly it', async () => {
    await ok(admin, 'mutation($targets: [SlaTargetInput!]!) { updateSlaSettings(targets: $targets) { updatedAt } }', {
      targets: [{ kind: 'FIRST_RESPONSE', minutes: 10, basis: 'CALENDAR' }],
    });
    const below60 = await createRule(rule('SLA_BELOW_TARGET', { threshold: 60 }));
    const below50 = await createRule(rule('SLA_BELOW_TARGET', { threshold: 50 }));
    expect(await evaluate()).toBe(1);
    expect(await evaluate()).toBe(0);
    const { nodes } = await firings();
    expect(nodes.filter((f) => f.ruleId === below60).map((f) => [f.kind, f.title, f.conditionAt, f.link])).toEqual([
      [
        'SLA_BELOW_TARGET',
        'Support: FIRST_RESPONSE SLA at 50% on 2026-03-03',
        '2026-03-04T00:00:00.000Z',
        `/support?from=2026-03-03&to=2026-03-03&breach=first-response&breachBy=team&breachKey=${supportTeamId}`,
      ],
    ]);
    expect(nodes.filter((f) => f.ruleId === below50)).toEqual([]);
  });

  it('fires once per kind, number, campaign and day for new high-severity compliance violations, not for low ones', async () => {
    const wa3 = (
      await ok<{ createBusinessAccount: { id: string } }>(
        admin,
        'mutation($input: BusinessAccountInput!) { createBusinessAccount(input: $input) { id } }',
        { input: { channel: 'WHATSAPP', externalId: 'wa_3' } },
      )
    ).createBusinessAccount.id;
    const violations = await createRule(rule('COMPLIANCE_VIOLATION', { accountIds: ['wa_3'] }));
    const onWa3 = (id: string, type: string, at: string, extra: Record<string, unknown>) => ({
      ...whatsappEvent(tenantId, id, type, at, extra),
      accountId: 'wa_3',
    });
    const campaignSend = (contactId: string, at: string) =>
      onWa3(`cv:sent:${contactId}`, 'message.sent', at, {
        messageId: `cv:m:${contactId}`,
        contactId,
        payload: {
          sender: { kind: 'campaign' },
          isTemplate: true,
          templateName: 'promo',
          templateCategory: 'marketing',
          campaignId: 'spring',
          contentType: 'template',
        },
      });
    const consent = (contactId: string, at: string, action: string, method: string) =>
      onWa3(`cv:consent:${contactId}:${action}`, 'consent.updated', at, {
        contactId,
        payload: { action, purpose: 'all', method },
      });
    await warehouse.sink.insertEvents([
      // More than 7 days before now: listed as a violation, too old for the bell.
      campaignSend('cv0', '2026-03-03T11:59:00.000Z'),
      // Three contacts without any opt-in on one day: one alert with the count.
      ...['cv1', 'cv2', 'cv3'].map((c) => campaignSend(c, '2026-03-08T10:00:00.000Z')),
      // Another day is another alert.
      campaignSend('cv4', '2026-03-09T10:00:00.000Z'),
      // Opted in, then blocked: AFTER_OPT_OUT, another kind.
      consent('cv5', '2026-03-01T09:00:00.000Z', 'opt_in', 'web_form'),
      consent('cv5', '2026-03-02T09:00:00.000Z', 'opt_out', 'block'),
      campaignSend('cv5', '2026-03-09T11:00:00.000Z'),
      // Opted in; the third campaign message within 24 h breaks the default cap of 2, a low-severity kind.
      consent('cv6', '2026-03-01T09:00:00.000Z', 'opt_in', 'web_form'),
      ...['09:00', '10:00', '11:00'].map((time, i) => ({
        ...campaignSend('cv6', `2026-03-09T${time}:00.000Z`),
        id: `cv:sent:cv6:${i}`,
        messageId: `cv:m:cv6:${i}`,
      })),
    ]);
    await ok(admin, 'mutation { redetectViolations { __typename } }');
    expect(await evaluate()).toBe(3);
    expect(await evaluate()).toBe(0);
    const { nodes } = await firings();
    const link = (day: string, kind: string) => `/compliance?from=${day}&to=${day}&kind=${kind}&account=${wa3}`;
    expect(
      nodes
        .filter((f) => f.ruleId === violations)
        .map((f) => [f.kind, f.severity, f.title, f.accountId, f.link])
        .sort((a, b) => String(a[2]).localeCompare(String(b[2]))),
    ).toEqual([
      [
        'COMPLIANCE_VIOLATION',
        'WARNING',
        '1 AFTER_OPT_OUT violation on wa_3 on 2026-03-09',
        'wa_3',
        link('2026-03-09', 'AFTER_OPT_OUT'),
      ],
      [
        'COMPLIANCE_VIOLATION',
        'WARNING',
        '1 NO_CONSENT violation on wa_3 on 2026-03-09',
        'wa_3',
        link('2026-03-09', 'NO_CONSENT'),
      ],
      [
        'COMPLIANCE_VIOLATION',
        'WARNING',
        '3 NO_CONSENT violations on wa_3 on 2026-03-08',
        'wa_3',
        link('2026-03-08', 'NO_CONSENT'),
      ],
    ]);
    await ok(admin, UPDATE, { id: violations, input: rule('COMPLIANCE_VIOLATION', { enabled: false }) });
  });
});
