import { RULE_SET_VERSION } from '@checkmark/schemas/compliance';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import type { Role } from '../../common/auth/role';
import { ManualClock } from '../../common/clock/clock';
import { errorCodes, graphql } from '../../testing/graphql-client';
import { removeDataDir, startTestApp, tempDataDir, TEST_ADMIN, type RunningTestApp } from '../../testing/test-app';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { ComplianceViolation } from '../compliance/compliance-violation.entity';
import { TenantsService } from '../tenants/tenants.service';
import { parseCsv } from './testing/parse-csv';
import { pdfText } from './testing/pdf-text';
import {
  CONSENT_WORDING,
  otherTenantScenario,
  PLUS_CONTACT,
  PROHIBITED_TEXT,
  reportScenario,
} from './testing/report-scenario';

const NOW = new Date('2026-02-20T10:00:00.000Z');
const PERIOD = { from: '2026-02-02', to: '2026-02-15' };
const PHARMACY = 'Аптека «Здоровье»';
/** Case assignees are user ids; the filter reads the column as it is. */
const ADMIN_USER_ID = '00000000-0000-4000-8000-00000000a11c';

const REPORT = `query($input: ComplianceReportInput!) {
  complianceReport(input: $input) {
    from to timeZone generatedAt tenantName
    scope { accounts { id name } campaigns { id name } }
    coverage {
      businessInitiated covered coverage noConsent afterOptOut purposeMismatch
      byAccount { key label businessInitiated covered noConsent afterOptOut purposeMismatch }
      byCampaign { key label businessInitiated covered noConsent }
      byChannel { key businessInitiated covered }
    }
    optOut { optOuts honoured violated messagesAfterOptOut medianDelaySeconds maxDelaySeconds }
    violationTotal
    violations { kind severity total open acknowledged resolved falsePositive }
    trend { date total byKind { kind count } }
    openCases { count open acknowledged oldestDetectedAt oldestAgeSeconds
      oldest { kind caseState detectedAt ageSeconds accountName contactId evidence } }
    platformEnforcement { total events { eventId occurredAt severity caseState accountId accountName eventType status } }
    ruleVersions { kind ruleVersion violations }
  }
}`;

interface Report {
  coverage: Record<string, unknown> & { byAccount: unknown[]; byCampaign: unknown[]; byChannel: unknown[] };
  optOut: Record<string, unknown>;
  violationTotal: number;
  violations: unknown[];
  trend: unknown[];
  openCases: {
    count: number;
    open: number;
    acknowledged: number;
    oldestAgeSeconds: number | null;
    oldest: Array<{ kind: string; ageSeconds: number; evidence: Record<string, unknown>; contactId: string }>;
  };
  platformEnforcement: { total: number; events: unknown[] };
  ruleVersions: unknown[];
  [key: string]: unknown;
}

describe('compliance report and downloads (real app, chDB + relational store)', () => {
  let warehouse: TestWarehouse;
  let running: RunningTestApp;
  let dataDir: string;
  const tokens = {} as Record<Role | 'adminB', string>;
  let adminSession: string;
  let wa1: string;
  let wa2: string;
  let spring: string;

  const gql = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(running.url, query, variables, { token });
  const ok = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await gql<T>(token, query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const report = async (token: string, input: Record<string, unknown> = PERIOD) =>
    (await ok<{ complianceReport: Report }>(token, REPORT, { input })).complianceReport;
  const get = async (path: string, auth: { token?: string; cookie?: string } = {}) => {
    const response = await fetch(`${running.url}${path}`, {
      headers: {
        ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
        ...(auth.cookie ? { cookie: auth.cookie } : {}),
      },
    });
    const body = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, body };
  };
  const csvOf = (body: Buffer) => {
    const text = body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    return parseCsv(text.slice(1));
  };
  const errorOf = (body: Buffer) => (JSON.parse(body.toString('utf8')) as { error: { code: string } }).error.code;
  const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({ dataDir, warehouse, clock: new ManualClock(NOW) });
    const login = await graphql<{ login: { token: string } }>(
      running.url,
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email: TEST_ADMIN.email, password: TEST_ADMIN.password },
    );
    adminSession = login.data!.login.token;
    tokens.admin = adminSession;
    const tenants = running.app.get(TenantsService);
    const tenantA = (await tenants.ensureDefaultTenant()).id;
    const tenantB = (await tenants.ensure('tenant-b', 'Tenant B')).id;
    const keys = running.app.get(ApiKeysService);
    const owner: Principal = { tenantId: tenantA, role: 'admin', kind: 'user', label: 'suite' };
    for (const role of ['compliance', 'manager', 'marketer', 'viewer'] as Role[]) {
      tokens[role] = (await keys.create(owner, { name: `key ${role}`, role })).secret;
    }
    const ownerB: Principal = { tenantId: tenantB, role: 'admin', kind: 'user', label: 'suite' };
    tokens.adminB = (await keys.create(ownerB, { name: 'b admin', role: 'admin' })).secret;

    await ok(adminSession, 'mutation { updateTenantSettings(input: { timeZone: "Europe/Kyiv" }) { timeZone } }');
    const account = async (input: Record<string, unknown>) =>
      (
        await ok<{ createBusinessAccount: { id: string } }>(
          adminSession,
          'mutation($input: BusinessAccountInput!) { createBusinessAccount(input: $input) { id } }',
          { input: { channel: 'WHATSAPP', ...input } },
        )
      ).createBusinessAccount.id;
    wa1 = await account({ externalId: 'wa_1', displayName: PHARMACY, displayPhoneNumber: '+380 44 000 0001' });
    wa2 = await account({ externalId: 'wa_2', displayName: 'Sklep Żabka' });
    spring = (
      await ok<{ createCampaign: { id: string } }>(
        adminSession,
        'mutation($input: CampaignInput!) { createCampaign(input: $input) { id } }',
        { input: { key: 'spring', name: 'Весна 2026', currency: 'UAH', sourceKind: 'BROADCAST', codes: [] } },
      )
    ).createCampaign.id;

    await warehouse.sink.insertEvents([...reportScenario(tenantA), ...otherTenantScenario(tenantB)]);
    // Written past the ingestion pipeline, so the rollups (consent at send time among them) are rebuilt by hand.
    await refreshTestRollups(warehouse);
    const redetect = 'mutation { redetectViolations { found } }';
    await ok(adminSession, redetect);
    await ok(tokens.adminB, redetect);

    // Cases as an officer would have left them; two cases detected earlier than the run, so ages differ.
    const store = running.app.get(DataSource).getRepository(ComplianceViolation);
    const set = async (
      kind: ComplianceViolation['kind'],
      messageId: string,
      change: Partial<Pick<ComplianceViolation, 'caseState' | 'detectedAt'>>,
    ) => {
      const result = await store.update({ tenantId: tenantA, kind, messageId }, change);
      expect(result.affected).toBe(1);
    };
    await set('NO_CONSENT', 'm:none', { caseState: 'resolved' });
    await set('OUTSIDE_WINDOW', 'm:win_out', { caseState: 'false_positive' });
    await set('AFTER_OPT_OUT', 'm:out', { caseState: 'acknowledged' });
    await set('PROHIBITED_CONTENT', 'm:win_in', { detectedAt: new Date('2026-02-05T12:00:00.000Z') });
    await set('PURPOSE_MISMATCH', 'm:svc', { detectedAt: new Date('2026-02-11T10:00:00.000Z') });
  });

  afterAll(async () => {
    await running?.close();
    await dropTestDatabase(warehouse);
    removeDataDir(dataDir);
  });

  it('composes the hand-computed figures of the period in the tenant time zone', async () => {
    const r = await report(tokens.compliance);
    expect(r).toMatchObject({
      from: '2026-02-02',
      to: '2026-02-15',
      timeZone: 'Europe/Kyiv',
      generatedAt: NOW.toISOString(),
      scope: { accounts: [], campaigns: [] },
    });
    expect(r.coverage).toMatchObject({
      businessInitiated: 9,
      covered: 4,
      noConsent: 3,
      afterOptOut: 1,
      purposeMismatch: 1,
    });
    expect(r.coverage.coverage).toBeCloseTo(4 / 9, 10);
    expect(r.coverage.byAccount).toEqual([
      {
        key: 'wa_1',
        label: PHARMACY,
        businessInitiated: 8,
        covered: 3,
        noConsent: 3,
        afterOptOut: 1,
        purposeMismatch: 1,
      },
      {
        key: 'wa_2',
        label: 'Sklep Żabka',
        businessInitiated: 1,
        covered: 1,
        noConsent: 0,
        afterOptOut: 0,
        purposeMismatch: 0,
      },
    ]);
    expect(r.coverage.byCampaign).toEqual(
      expect.arrayContaining([
        { key: 'spring', label: 'Весна 2026', businessInitiated: 8, covered: 4, noConsent: 2 },
        { key: '', label: null, businessInitiated: 1, covered: 0, noConsent: 1 },
      ]),
    );
    expect(r.coverage.byChannel).toEqual([{ key: 'whatsapp', businessInitiated: 9, covered: 4 }]);
    expect(r.optOut).toEqual({
      optOuts: 2,
      honoured: 1,
      violated: 1,
      messagesAfterOptOut: 1,
      medianDelaySeconds: 7200,
      maxDelaySeconds: 7200,
    });

    expect(r.violationTotal).toBe(10);
    const row = (kind: string, severity: string, counts: Partial<Record<string, number>>) => ({
      kind,
      severity,
      total: Object.values(counts).reduce((a, b) => a! + b!, 0),
      open: 0,
      acknowledged: 0,
      resolved: 0,
      falsePositive: 0,
      ...counts,
    });
    expect(r.violations).toEqual([
      row('NO_CONSENT', 'HIGH', { open: 2, resolved: 1 }),
      row('AFTER_OPT_OUT', 'HIGH', { acknowledged: 1 }),
      row('PURPOSE_MISMATCH', 'MEDIUM', { open: 1 }),
      row('OUTSIDE_WINDOW', 'MEDIUM', { falsePositive: 1 }),
      row('PROHIBITED_CONTENT', 'HIGH', { open: 1 }),
      row('FREQUENCY_CAP', 'LOW', { open: 1 }),
      row('QUIET_HOURS', 'LOW', { open: 1 }),
      row('PLATFORM_ENFORCEMENT', 'CRITICAL', { open: 1 }),
    ]);
    // The edge send at 22:30 UTC on 02-01 is 00:30 on 02-02 in Kyiv: in the period and in the first week.
    expect(r.trend).toEqual([
      {
        date: '2026-02-02',
        total: 8,
        byKind: [
          { kind: 'NO_CONSENT', count: 3 },
          { kind: 'AFTER_OPT_OUT', count: 1 },
          { kind: 'OUTSIDE_WINDOW', count: 1 },
          { kind: 'PROHIBITED_CONTENT', count: 1 },
          { kind: 'FREQUENCY_CAP', count: 1 },
          { kind: 'QUIET_HOURS', count: 1 },
        ],
      },
      {
        date: '2026-02-09',
        total: 2,
        byKind: [
          { kind: 'PURPOSE_MISMATCH', count: 1 },
          { kind: 'PLATFORM_ENFORCEMENT', count: 1 },
        ],
      },
    ]);

    // Unresolved: 10 − resolved − false positive = 8 (7 open, 1 acknowledged); the oldest was detected 02-05 12:00.
    expect(r.openCases).toMatchObject({
      count: 8,
      open: 7,
      acknowledged: 1,
      oldestAgeSeconds: 15 * 86_400 - 2 * 3_600,
    });
    const oldest = r.openCases.oldest;
    expect(oldest.map((c) => c.kind).slice(0, 2)).toEqual(['PROHIBITED_CONTENT', 'PURPOSE_MISMATCH']);
    expect(oldest[1].ageSeconds).toBe(9 * 86_400);
    expect(new Set(oldest.slice(2, 4).map((c) => c.kind))).toEqual(new Set(['NO_CONSENT', 'QUIET_HOURS']));
    expect(oldest.slice(4).map((c) => c.kind)).toEqual([
      'FREQUENCY_CAP',
      'AFTER_OPT_OUT',
      'NO_CONSENT',
      'PLATFORM_ENFORCEMENT',
    ]);
    expect(oldest.slice(2).every((c) => c.ageSeconds === 0)).toBe(true);
    expect(oldest[0].evidence.snippet).toContain('пистолет');

    expect(r.platformEnforcement).toEqual({
      total: 1,
      events: [
        {
          eventId: 'alert',
          occurredAt: '2026-02-12T10:00:00.000Z',
          severity: 'CRITICAL',
          caseState: 'OPEN',
          accountId: 'wa_2',
          accountName: 'Sklep Żabka',
          eventType: 'account.policy_alert',
          status: 'ACCOUNT_VIOLATION',
        },
      ],
    });
    expect(r.ruleVersions).toEqual([
      { kind: 'NO_CONSENT', ruleVersion: 'NO_CONSENT@1', violations: 3 },
      { kind: 'AFTER_OPT_OUT', ruleVersion: 'AFTER_OPT_OUT@1', violations: 1 },
      { kind: 'PURPOSE_MISMATCH', ruleVersion: 'PURPOSE_MISMATCH@1', violations: 1 },
      { kind: 'OUTSIDE_WINDOW', ruleVersion: 'OUTSIDE_WINDOW@1', violations: 1 },
      { kind: 'PROHIBITED_CONTENT', ruleVersion: `PROHIBITED_CONTENT@${RULE_SET_VERSION}`, violations: 1 },
      { kind: 'FREQUENCY_CAP', ruleVersion: 'FREQUENCY_CAP@1', violations: 1 },
      { kind: 'QUIET_HOURS', ruleVersion: 'QUIET_HOURS@1', violations: 1 },
      { kind: 'PLATFORM_ENFORCEMENT', ruleVersion: 'PLATFORM_ENFORCEMENT@1', violations: 1 },
    ]);
  });

  it('narrows to accounts and campaigns; another tenant’s or an unknown id is NOT_FOUND', async () => {
    const byAccount = await report(tokens.manager, { ...PERIOD, accountIds: [wa2] });
    expect(byAccount.scope).toEqual({ accounts: [{ id: wa2, name: 'Sklep Żabka' }], campaigns: [] });
    expect(byAccount.coverage).toMatchObject({ businessInitiated: 1, covered: 1 });
    expect(byAccount.optOut).toMatchObject({ optOuts: 0 });
    expect(byAccount.violationTotal).toBe(1);
    expect(byAccount.platformEnforcement.total).toBe(1);

    const byCampaign = await report(tokens.manager, { ...PERIOD, campaignIds: [spring] });
    expect(byCampaign.coverage).toMatchObject({ businessInitiated: 8, covered: 4, noConsent: 2 });
    // Campaign messages only: edge (NO_CONSENT, QUIET_HOURS), none, out, svc, ok_c; no platform events.
    expect(byCampaign.violationTotal).toBe(6);
    expect(byCampaign.platformEnforcement.total).toBe(0);

    for (const [token, input] of [
      [tokens.adminB, { ...PERIOD, accountIds: [wa1] }],
      [tokens.adminB, { ...PERIOD, campaignIds: [spring] }],
      [tokens.admin, { ...PERIOD, accountIds: ['no-such-account'] }],
    ] as const) {
      expect(errorCodes(await gql(token, REPORT, { input }))).toEqual(['NOT_FOUND']);
    }
  });

  it('keeps tenants apart: tenant B sees only its own five messages', async () => {
    const b = await report(tokens.adminB);
    expect(b.coverage).toMatchObject({ businessInitiated: 5, covered: 0, noConsent: 5 });
    expect(b.violationTotal).toBe(5);
    expect(b.optOut).toMatchObject({ optOuts: 0 });
    const csv = await get(`/v1/compliance/violations.csv${query(PERIOD)}`, { token: tokens.adminB });
    const rows = csvOf(csv.body).slice(1);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r[9].startsWith('b_'))).toBe(true);
  });

  it('manager reads the report without message text; marketer and viewer are refused', async () => {
    const asManager = await report(tokens.manager);
    const content = asManager.openCases.oldest.find((c) => c.kind === 'PROHIBITED_CONTENT')!;
    expect(content.evidence.snippet).toBeNull();
    expect(content.evidence.category).toBe('weapons');
    for (const role of ['marketer', 'viewer'] as const) {
      expect(errorCodes(await gql(tokens[role], REPORT, { input: PERIOD }))).toEqual(['FORBIDDEN']);
    }
  });

  it('report.pdf: an auditor document in the asked language, read back with pdftotext', async () => {
    const en = await get(`/v1/compliance/report.pdf${query({ ...PERIOD, lang: 'en' })}`, { token: tokens.compliance });
    expect(en.status).toBe(200);
    expect(en.headers.get('content-type')).toBe('application/pdf');
    expect(en.headers.get('content-disposition')).toBe(
      'attachment; filename="compliance-report_2026-02-02_2026-02-15_en.pdf"',
    );
    expect(en.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(en.body);
    for (const expected of [
      'Compliance report',
      '2026-02-02 – 2026-02-15 (Europe/Kyiv)',
      '2026-02-20 12:00 (Europe/Kyiv)',
      'all accounts',
      'Opt-in coverage',
      '44.4%',
      'Opt-out honouring',
      '2 h',
      PHARMACY,
      'Весна 2026',
      'Sklep Żabka',
      `PROHIBITED_CONTENT@${RULE_SET_VERSION}`,
      'account.policy_alert',
      'ACCOUNT_VIOLATION',
      'Page 1 of',
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/Business-initiated\s+Covered/);
    expect(text).toMatch(/NO_CONSENT\s+high\s+3\s+2\s+0\s+1\s+0/);
    expect(text).toMatch(/wa_1\s+8\s+3\s+37.5%\s+3\s+1\s+1/);
    expect(text).toMatch(/Купите\s+пистолет/);

    const uk = pdfText(
      (await get(`/v1/compliance/report.pdf${query({ ...PERIOD, lang: 'uk' })}`, { token: tokens.manager })).body,
    );
    for (const expected of [
      'Звіт про дотримання вимог',
      'Покриття згодами',
      'Дотримання відмов',
      'Стор. 1 з',
      PHARMACY,
    ])
      expect(uk).toContain(expected);
    expect(uk).toMatch(/44,4\s?%/);
    // Without the message snippet for a manager.
    expect(uk).not.toContain('Купите');
  });

  it('report.csv: every section as a CSV block that parses back', async () => {
    const response = await get(`/v1/compliance/report.csv${query({ ...PERIOD, accountIds: wa1 })}`, {
      token: tokens.admin,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="compliance-report_2026-02-02_2026-02-15.csv"',
    );
    const records = csvOf(response.body);
    const block = (title: string) => {
      const start = records.findIndex((r) => r[0] === `# ${title}`);
      expect(start).toBeGreaterThanOrEqual(0);
      const end = records.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
      const [header, ...rows] = records.slice(start + 1, end);
      return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    };
    expect(block('report')).toEqual(
      expect.arrayContaining([
        { field: 'accounts', value: `${PHARMACY} (380440000001)` },
        { field: 'timeZone', value: 'Europe/Kyiv' },
      ]),
    );
    expect(block('coverage')).toEqual([
      {
        businessInitiated: '8',
        covered: '3',
        coverage: '0.375',
        noConsent: '3',
        afterOptOut: '1',
        purposeMismatch: '1',
      },
    ]);
    expect(block('opt-out honouring')).toEqual([
      {
        optOuts: '2',
        honoured: '1',
        violated: '1',
        messagesAfterOptOut: '1',
        medianDelaySeconds: '7200',
        maxDelaySeconds: '7200',
      },
    ]);
    expect(block('violations by kind and severity').find((r) => r.kind === 'NO_CONSENT')).toEqual({
      kind: 'NO_CONSENT',
      severity: 'high',
      total: '3',
      open: '2',
      acknowledged: '0',
      resolved: '1',
      falsePositive: '0',
    });
    expect(block('platform enforcement')).toEqual([]);
    expect(block('rule versions')).toHaveLength(7);
    // Evidence of an admin download keeps its snippet, quoted (it holds commas and quotes as JSON).
    const content = block('oldest open cases').find((r) => r.kind === 'PROHIBITED_CONTENT')!;
    expect(JSON.parse(content.evidence)).toMatchObject({ snippet: PROHIBITED_TEXT, category: 'weapons' });
  });

  it('violations.csv: all matching violations, newest first, formula-safe, snippets only for admin/compliance', async () => {
    const all = await get(`/v1/compliance/violations.csv${query(PERIOD)}`, { token: tokens.compliance });
    expect(all.status).toBe(200);
    expect(all.headers.get('content-disposition')).toBe(
      'attachment; filename="compliance-violations_2026-02-02_2026-02-15.csv"',
    );
    const [header, ...rows] = csvOf(all.body);
    expect(header.slice(0, 5)).toEqual(['id', 'occurredAt', 'detectedAt', 'kind', 'severity']);
    expect(rows).toHaveLength(10);
    const occurred = rows.map((r) => r[1]);
    expect([...occurred].sort().reverse()).toEqual(occurred);
    const at = (name: string) => header.indexOf(name);
    // "+380…" would run as a formula in a spreadsheet: written with a leading quote.
    const plus = rows.find((r) => r[at('messageId')] === 'm:none')!;
    expect(plus[at('contactId')]).toBe(`'${PLUS_CONTACT}`);
    expect(plus[at('caseState')]).toBe('resolved');
    const content = rows.find((r) => r[at('kind')] === 'PROHIBITED_CONTENT')!;
    expect(JSON.parse(content[at('evidence')]).snippet).toBe(PROHIBITED_TEXT);

    const asManager = csvOf(
      (
        await get(`/v1/compliance/violations.csv${query({ ...PERIOD, kinds: 'PROHIBITED_CONTENT' })}`, {
          token: tokens.manager,
        })
      ).body,
    );
    expect(asManager).toHaveLength(2);
    expect(JSON.parse(asManager[1][at('evidence')])).toMatchObject({ category: 'weapons', snippet: null });

    const narrowed = csvOf(
      (
        await get(
          `/v1/compliance/violations.csv?from=2026-02-02&to=2026-02-15&kinds=no_consent,QUIET_HOURS&severities=high&caseStates=open&accountIds=${wa1}`,
          { token: tokens.admin },
        )
      ).body,
    ).slice(1);
    expect(narrowed.map((r) => r[at('kind')])).toEqual(['NO_CONSENT', 'NO_CONSENT']);

    // Case filters as on the page: the one assigned case, and the unassigned rest.
    const store = running.app.get(DataSource).getRepository(ComplianceViolation);
    const assignee = (await store.findOneByOrFail({ kind: 'PURPOSE_MISMATCH', messageId: 'm:svc' })).id;
    await store.update({ id: assignee }, { assigneeUserId: ADMIN_USER_ID });
    try {
      const assigned = csvOf(
        (
          await get(`/v1/compliance/violations.csv${query({ ...PERIOD, assigneeUserIds: ADMIN_USER_ID })}`, {
            token: tokens.admin,
          })
        ).body,
      ).slice(1);
      expect(assigned.map((r) => [r[0], r[at('assigneeUserId')]])).toEqual([[assignee, ADMIN_USER_ID]]);
      const unassigned = csvOf(
        (await get(`/v1/compliance/violations.csv${query({ ...PERIOD, unassigned: 'true' })}`, { token: tokens.admin }))
          .body,
      ).slice(1);
      expect(unassigned).toHaveLength(9);
    } finally {
      await store.update({ id: assignee }, { assigneeUserId: null });
    }
  });

  it('streams a long violations.csv across pages', async () => {
    const store = running.app.get(DataSource).getRepository(ComplianceViolation);
    // 450 stored TEMPLATE_MISUSE rows (a kind the scenario has none of): three pages of the list and a bit.
    const [template] = await store.find({ where: { kind: 'NO_CONSENT', messageId: 'm:edge' }, take: 1 });
    const extra = Array.from({ length: 450 }, (_, i) => ({
      ...template,
      kind: 'TEMPLATE_MISUSE' as const,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      key: `TEMPLATE_MISUSE:bulk-${i}`,
      messageId: `bulk-${i}`,
      occurredAt: new Date(Date.parse('2026-02-14T08:00:00.000Z') + i * 1000),
    }));
    for (let i = 0; i < extra.length; i += 40) await store.insert(extra.slice(i, i + 40) as never);
    try {
      const rows = csvOf(
        (
          await get(`/v1/compliance/violations.csv${query({ ...PERIOD, kinds: 'TEMPLATE_MISUSE' })}`, {
            token: tokens.admin,
          })
        ).body,
      ).slice(1);
      expect(rows).toHaveLength(450);
      expect(new Set(rows.map((r) => r[0])).size).toBe(450);
    } finally {
      await store.delete(extra.map((e) => e.id));
    }
  });

  it('consent ledger pdf/csv with evidence for admin and compliance only', async () => {
    const csv = await get('/v1/compliance/contacts/c_out/ledger.csv?channel=WHATSAPP', { token: tokens.compliance });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="consent-ledger_c_out.csv"');
    const [header, ...entries] = csvOf(csv.body);
    const rows = entries.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    expect(rows.map((r) => [r.occurredAt, r.purpose, r.action, r.method])).toEqual([
      ['2026-02-01T09:00:00.000Z', 'marketing', 'opt_in', 'web_form'],
      ['2026-02-04T08:00:00.000Z', 'marketing', 'opt_out', 'keyword'],
    ]);
    expect(rows[0]).toMatchObject({
      evidenceText: CONSENT_WORDING,
      evidenceUrl: 'https://apteka.example/optin',
      proofRef: 'proof-77',
      formId: 'f-1',
    });

    const pdf = await get('/v1/compliance/contacts/c_out/ledger.pdf?lang=ru', { token: tokens.admin });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(pdf.body);
    for (const expected of ['Журнал согласий', 'c_out', 'proof-77', '2026-02-04 10:00', 'отозвано', 'Я согласен'])
      expect(text).toContain(expected);

    for (const role of ['manager', 'marketer', 'viewer'] as const) {
      for (const ext of ['pdf', 'csv']) {
        const refused = await get(`/v1/compliance/contacts/c_out/ledger.${ext}`, { token: tokens[role] });
        expect([refused.status, errorOf(refused.body)]).toEqual([403, 'FORBIDDEN']);
      }
    }
    // Another tenant's admin finds no ledger for the contact.
    const other = csvOf((await get('/v1/compliance/contacts/c_out/ledger.csv', { token: tokens.adminB })).body);
    expect(other).toHaveLength(1);
  });

  it('authenticates by session token, API key or session cookie; refuses roles and anonymous callers', async () => {
    const path = `/v1/compliance/report.csv${query(PERIOD)}`;
    expect((await get(path, { token: adminSession })).status).toBe(200);
    expect((await get(path, { cookie: `${SESSION_COOKIE}=${encodeURIComponent(adminSession)}` })).status).toBe(200);
    const anonymous = await get(path);
    expect([anonymous.status, errorOf(anonymous.body)]).toEqual([401, 'UNAUTHENTICATED']);
    const wrong = await get(path, { token: 'ck_not-a-key' });
    expect(wrong.status).toBe(401);
    for (const role of ['marketer', 'viewer'] as const) {
      for (const download of ['report.pdf', 'report.csv', 'violations.csv']) {
        const refused = await get(`/v1/compliance/${download}${query(PERIOD)}`, { token: tokens[role] });
        expect([refused.status, errorOf(refused.body)]).toEqual([403, 'FORBIDDEN']);
      }
    }
  });

  it('bad parameters are a 400 with a typed error body', async () => {
    for (const params of [
      '',
      '?from=2026-02-02',
      '?from=2026-02-31&to=2026-03-01',
      '?from=2026-02-15&to=2026-02-01',
      '?from=2025-01-01&to=2026-12-31',
      '?from=2026-02-02&to=2026-02-15&lang=de',
      '?from=2026-02-02&to=2026-02-15&account=x',
      '?from=2026-02-02&from=2026-02-03&to=2026-02-15',
    ]) {
      const response = await get(`/v1/compliance/report.pdf${params}`, { token: tokens.admin });
      expect([params, response.status, errorOf(response.body)]).toEqual([params, 400, 'BAD_USER_INPUT']);
    }
    for (const params of [
      'kinds=NOPE',
      'severities=urgent',
      'channels=fax',
      'caseStates=closed',
      'includeRetracted=maybe',
    ]) {
      const response = await get(`/v1/compliance/violations.csv?from=2026-02-02&to=2026-02-15&${params}`, {
        token: tokens.admin,
      });
      expect([params, response.status, errorOf(response.body)]).toEqual([params, 400, 'BAD_USER_INPUT']);
    }
    const ledger = await get('/v1/compliance/contacts/c_out/ledger.csv?channel=fax', { token: tokens.admin });
    expect([ledger.status, errorOf(ledger.body)]).toEqual([400, 'BAD_USER_INPUT']);
    const otherTenantsAccount = await get(`/v1/compliance/report.csv${query({ ...PERIOD, accountIds: wa1 })}`, {
      token: tokens.adminB,
    });
    expect([otherTenantsAccount.status, errorOf(otherTenantsAccount.body)]).toEqual([404, 'NOT_FOUND']);
  });
});
