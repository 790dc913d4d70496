import { randomUUID } from 'node:crypto';
import type { CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { waitFor } from '@checkmark/test/helpers/wait-for';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import type { Role } from '../../common/auth/role';
import { whatsappEvent } from '../../testing/analytics-fixtures';
import { errorCodes, graphql, type GraphqlResponse } from '../../testing/graphql-client';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../testing/test-app';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { TenantsService } from '../tenants/tenants.service';
import { ComplianceViolation } from './compliance-violation.entity';

const HOUR = 3_600_000;
const T = Date.parse('2026-02-10T09:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const MY_KINDS = ['OUTSIDE_WINDOW', 'FREQUENCY_CAP', 'QUIET_HOURS', 'PLATFORM_ENFORCEMENT'];

const LIST = `query($filter: ViolationFilter!, $page: PageInput) {
  complianceViolations(filter: $filter, page: $page) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id kind severity ruleVersion occurredAt channel accountId contactId messageId eventId campaignId templateName
      evidence retractedAt caseState }
  }
}`;
const ONE = 'query($id: ID!) { complianceViolation(id: $id) { id kind evidence } }';
const TREND = `query($filter: ViolationFilter!, $interval: ViolationTrendInterval) {
  complianceViolationTrend(filter: $filter, interval: $interval) { date total byKind { kind count } }
}`;
const SETTINGS =
  '{ complianceSettings { revision updatedBy frequencyCap { enabled count windowHours } quietHours { enabled startMinute endMinute } } }';
const UPDATE = `mutation($input: ComplianceSettingsInput!) {
  updateComplianceSettings(input: $input) { revision updatedBy frequencyCap { count windowHours } quietHours { startMinute endMinute } }
}`;
const REDETECT = `mutation($from: DateTime, $to: DateTime) {
  redetectViolations(from: $from, to: $to) { from to found inserted updated retracted ruleVersions }
}`;

interface Violation {
  id: string;
  kind: string;
  severity: string;
  ruleVersion: string;
  occurredAt: string;
  messageId: string | null;
  eventId: string | null;
  evidence: Record<string, unknown>;
  retractedAt: string | null;
  caseState: string;
}
interface ListData {
  complianceViolations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Violation[];
  };
}

function sent(tenant: string, id: string, atMs: number, payload: Record<string, unknown>, contact = 'c_1') {
  return whatsappEvent(tenant, `sent:${id}`, 'message.sent', iso(atMs), {
    contactId: contact,
    messageId: id,
    payload: {
      sender: { kind: 'agent', agentId: 'a_1' },
      isTemplate: false,
      contentType: 'text',
      text: 'Hi',
      ...payload,
    },
  });
}
const promo = (tenant: string, id: string, atMs: number) =>
  sent(
    tenant,
    id,
    atMs,
    {
      sender: { kind: 'campaign' },
      isTemplate: true,
      contentType: 'template',
      templateName: 'promo',
      templateLanguage: 'en',
      templateCategory: 'marketing',
      campaignId: 'camp_1',
    },
    'c_2',
  );

function events(tenant: string): CanonicalEvent[] {
  return [
    // c_1 wrote at T; a free-form reply 30 h later is outside the window.
    whatsappEvent(tenant, 'in:1', 'message.received', iso(T), {
      messageId: 'in1',
      payload: { contentType: 'text', text: 'Hello' },
    }),
    sent(tenant, 'late_reply', T + 30 * HOUR, {}),
    // Three marketing messages to c_2 within 2 hours (cap 2 per 24 h), in the day (UTC tenant, 09:00–11:00).
    promo(tenant, 'promo_1', T),
    promo(tenant, 'promo_2', T + HOUR),
    promo(tenant, 'promo_3', T + 2 * HOUR),
    whatsappEvent(tenant, 'alert:1', 'account.policy_alert', iso(T + 3 * HOUR), {
      payload: { kind: 'ACCOUNT_VIOLATION', detail: { type: 'SPAM' } },
    }),
  ];
}

describe('compliance violations API (real chDB + relational store)', () => {
  let warehouse: TestWarehouse;
  let running: RunningTestApp;
  let dataDir: string;
  const tokens = new Map<string, string>();
  let tenantA: string;

  const call = <T = Record<string, unknown>>(who: string, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(running.url, query, variables, { token: tokens.get(who)! });
  const ok = async <T>(who: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response: GraphqlResponse<T> = await call<T>(who, query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const filter = (over: Record<string, unknown> = {}) => ({
    from: '2026-02-01',
    to: '2026-02-28',
    kinds: MY_KINDS,
    ...over,
  });

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({ dataDir, warehouse });
    tenantA = (await running.app.get(TenantsService).ensureDefaultTenant()).id;
    const tenantB = (await running.app.get(TenantsService).ensure('tenant-b', 'Tenant B')).id;
    const keys = running.app.get(ApiKeysService);
    for (const role of ['admin', 'compliance', 'manager', 'marketer', 'viewer'] as Role[]) {
      const owner: Principal = { tenantId: tenantA, role: 'admin', kind: 'user', label: 'suite' };
      tokens.set(role, (await keys.create(owner, { name: `key ${role}`, role })).secret);
    }
    const ownerB: Principal = { tenantId: tenantB, role: 'admin', kind: 'user', label: 'suite' };
    tokens.set('adminB', (await keys.create(ownerB, { name: 'b admin', role: 'admin' })).secret);
    await warehouse.sink.insertEvents([...events(tenantA), ...events(tenantB)]);
  });

  afterAll(async () => {
    await running?.close();
    await dropTestDatabase(warehouse);
    removeDataDir(dataDir);
  });

  it('re-detects on demand, lists newest first with paging, and a second run changes nothing', async () => {
    const run = await ok<{ redetectViolations: Record<string, unknown> }>('admin', REDETECT);
    expect(run.redetectViolations).toMatchObject({ from: '2026-02-01T00:00:00.000Z' });
    expect(run.redetectViolations.ruleVersions).toEqual(
      expect.arrayContaining(['FREQUENCY_CAP@1', 'OUTSIDE_WINDOW@1', 'PLATFORM_ENFORCEMENT@1']),
    );

    const list = (await ok<ListData>('admin', LIST, { filter: filter() })).complianceViolations;
    expect(list.nodes.map((v) => [v.kind, v.messageId ?? v.eventId, v.severity])).toEqual([
      ['OUTSIDE_WINDOW', 'late_reply', 'MEDIUM'],
      ['PLATFORM_ENFORCEMENT', 'alert:1', 'CRITICAL'],
      ['FREQUENCY_CAP', 'promo_3', 'LOW'],
    ]);
    expect(list.totalCount).toBe(3);
    expect(list.nodes.every((v) => v.caseState === 'OPEN' && v.retractedAt === null)).toBe(true);

    const first = (await ok<ListData>('admin', LIST, { filter: filter(), page: { first: 2 } })).complianceViolations;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (
      await ok<ListData>('admin', LIST, { filter: filter(), page: { first: 2, after: first.pageInfo.endCursor } })
    ).complianceViolations;
    expect([...first.nodes, ...rest.nodes].map((v) => v.id)).toEqual(list.nodes.map((v) => v.id));
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const narrowed = (
      await ok<ListData>('admin', LIST, {
        filter: filter({ severities: ['CRITICAL', 'MEDIUM'], channels: ['WHATSAPP'] }),
      })
    ).complianceViolations;
    expect(narrowed.nodes.map((v) => v.kind)).toEqual(['OUTSIDE_WINDOW', 'PLATFORM_ENFORCEMENT']);

    const again = await ok<{ redetectViolations: Record<string, unknown> }>('admin', REDETECT);
    expect(again.redetectViolations).toMatchObject({ inserted: 0, updated: 0, retracted: 0 });
  });

  it('trend per day (every day of the period) and per week, by kind', async () => {
    const days = (
      await ok<{ complianceViolationTrend: Array<{ date: string; total: number; byKind: unknown[] }> }>(
        'manager',
        TREND,
        {
          filter: filter({ from: '2026-02-09', to: '2026-02-12' }),
          interval: 'DAY',
        },
      )
    ).complianceViolationTrend;
    expect(days).toEqual([
      { date: '2026-02-09', total: 0, byKind: [] },
      {
        date: '2026-02-10',
        total: 2,
        byKind: [
          { kind: 'FREQUENCY_CAP', count: 1 },
          { kind: 'PLATFORM_ENFORCEMENT', count: 1 },
        ],
      },
      { date: '2026-02-11', total: 1, byKind: [{ kind: 'OUTSIDE_WINDOW', count: 1 }] },
      { date: '2026-02-12', total: 0, byKind: [] },
    ]);
    const weeks = (
      await ok<{ complianceViolationTrend: Array<{ date: string; total: number }> }>('admin', TREND, {
        filter: filter({ from: '2026-02-09', to: '2026-02-22' }),
        interval: 'WEEK',
      })
    ).complianceViolationTrend;
    expect(weeks.map((w) => [w.date, w.total])).toEqual([
      ['2026-02-09', 3],
      ['2026-02-16', 0],
    ]);
  });

  it('message text in evidence only for admin and compliance; marketer and viewer are refused', async () => {
    const id = randomUUID();
    await running.app
      .get(DataSource)
      .getRepository(ComplianceViolation)
      .insert({
        id,
        tenantId: tenantA,
        key: `PROHIBITED_CONTENT:${id}`,
        kind: 'PROHIBITED_CONTENT',
        severity: 'high',
        ruleVersion: 'PROHIBITED_CONTENT@test',
        occurredAt: new Date(T),
        detectedAt: new Date(T),
        channel: 'whatsapp',
        accountId: 'wa_1',
        contactId: 'c_9',
        messageId: 'm_9',
        eventId: null,
        campaignId: null,
        templateName: null,
        evidence: { category: 'weapons', matchedPhrase: 'pistol', snippet: 'buy a pistol today' },
        retractedAt: null,
        caseState: 'open',
        assigneeUserId: null,
        caseUpdatedAt: null,
      } as never);
    for (const role of ['admin', 'compliance']) {
      const { complianceViolation } = await ok<{ complianceViolation: Violation }>(role, ONE, { id });
      expect(complianceViolation.evidence).toEqual({
        category: 'weapons',
        matchedPhrase: 'pistol',
        snippet: 'buy a pistol today',
      });
    }
    const asManager = await ok<{ complianceViolation: Violation }>('manager', ONE, { id });
    expect(asManager.complianceViolation.evidence).toEqual({ category: 'weapons', matchedPhrase: null, snippet: null });
    const listed = await ok<ListData>('manager', LIST, { filter: filter({ kinds: ['PROHIBITED_CONTENT'] }) });
    expect(listed.complianceViolations.nodes.map((v) => v.evidence)).toEqual([
      { category: 'weapons', matchedPhrase: null, snippet: null },
    ]);
    for (const role of ['marketer', 'viewer']) {
      expect(errorCodes(await call(role, ONE, { id }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(role, LIST, { filter: filter() }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await call(role, SETTINGS))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await call('manager', REDETECT))).toEqual(['FORBIDDEN']);
  });

  it("keeps tenants apart: another tenant's id is NOT_FOUND, each lists only its own", async () => {
    await ok('adminB', REDETECT);
    const mine = (await ok<ListData>('admin', LIST, { filter: filter() })).complianceViolations.nodes;
    const theirs = (await ok<ListData>('adminB', LIST, { filter: filter() })).complianceViolations.nodes;
    expect(theirs).toHaveLength(3);
    expect(new Set(theirs.map((v) => v.id)).size).toBe(3);
    expect(theirs.some((v) => mine.some((m) => m.id === v.id))).toBe(false);
    expect(errorCodes(await call('adminB', ONE, { id: mine[0].id }))).toEqual(['NOT_FOUND']);
  });

  it('settings: validated, audited, bump the revision and re-detect history with the new rule version', async () => {
    const defaults = await ok<{ complianceSettings: Record<string, unknown> }>('manager', SETTINGS);
    expect(defaults.complianceSettings).toEqual({
      revision: 0,
      updatedBy: null,
      frequencyCap: { enabled: true, count: 2, windowHours: 24 },
      quietHours: { enabled: true, startMinute: 1260, endMinute: 480 },
    });
    const bad = await call('compliance', UPDATE, {
      input: { frequencyCap: { enabled: true, count: 0, windowHours: 24 } },
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const unknownCategory = await call('compliance', UPDATE, {
      input: { contentRuleOverrides: { categories: { not_a_category: { enabled: false } } } },
    });
    expect(errorCodes(unknownCategory)).toEqual(['BAD_USER_INPUT']);
    const wrap = await call('admin', UPDATE, {
      input: { quietHours: { enabled: true, startMinute: 1440, endMinute: 0 } },
    });
    expect(errorCodes(wrap)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await call('manager', UPDATE, { input: {} }))).toEqual(['FORBIDDEN']);

    // A cap of 3 makes promo_3 compliant; quiet hours 09:00–10:00 UTC catch promo_1 (09:00) only.
    const updated = await ok<{ updateComplianceSettings: Record<string, unknown> }>('compliance', UPDATE, {
      input: {
        frequencyCap: { enabled: true, count: 3, windowHours: 24 },
        quietHours: { enabled: true, startMinute: 540, endMinute: 600 },
      },
    });
    expect(updated.updateComplianceSettings).toMatchObject({ revision: 1, updatedBy: 'key compliance' });

    const after = await waitFor(
      async () =>
        (await ok<ListData>('admin', LIST, { filter: filter({ includeRetracted: true }) })).complianceViolations.nodes,
      (nodes) => nodes.some((v) => v.kind === 'QUIET_HOURS') && nodes.some((v) => v.retractedAt !== null),
      { what: 'the re-detection after the settings change' },
    );
    const byKind = Object.fromEntries(after.map((v) => [`${v.kind}:${v.messageId ?? v.eventId}`, v]));
    expect(byKind['QUIET_HOURS:promo_1']).toMatchObject({ ruleVersion: 'QUIET_HOURS@1+s1', retractedAt: null });
    expect(byKind['FREQUENCY_CAP:promo_3'].retractedAt).not.toBeNull();
    expect(byKind['OUTSIDE_WINDOW:late_reply']).toMatchObject({ ruleVersion: 'OUTSIDE_WINDOW@1', retractedAt: null });
    const current = (await ok<ListData>('admin', LIST, { filter: filter() })).complianceViolations.nodes;
    expect(current.map((v) => v.kind).sort()).toEqual(['OUTSIDE_WINDOW', 'PLATFORM_ENFORCEMENT', 'QUIET_HOURS']);

    const audit = await ok<{ auditLog: { nodes: Array<{ action: string; before: unknown; after: unknown }> } }>(
      'admin',
      '{ auditLog(entityType: "compliance_settings") { nodes { action before after } } }',
    );
    expect(audit.auditLog.nodes).toHaveLength(1);
    expect(audit.auditLog.nodes[0]).toMatchObject({
      action: 'compliance_settings.update',
      before: { revision: 0, frequencyCap: { count: 2 } },
      after: { revision: 1, frequencyCap: { count: 3 }, quietHours: { startMinute: 540, endMinute: 600 } },
    });
  });

  it('refuses a half-open or inverted re-detection range', async () => {
    expect(errorCodes(await call('admin', REDETECT, { from: '2026-02-01T00:00:00.000Z' }))).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(await call('admin', REDETECT, { from: '2026-02-02T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' })),
    ).toEqual(['BAD_USER_INPUT']);
  });
});
