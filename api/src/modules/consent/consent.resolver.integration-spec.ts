import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { startSettingsTestApp, type SettingsTestApp } from '../business-accounts/testing/settings-test-app';
import { consentScenario, otherTenantScenario } from './consent-scenario';

const COVERAGE = `
  query Coverage($filter: AnalyticsFilter!, $groupBy: CoverageGroupBy!) {
    consentCoverage(filter: $filter, groupBy: $groupBy) {
      key label channel messages businessInitiated covered coverage noConsent afterOptOut purposeMismatch
    }
  }`;

const HONOURING = `
  query Honouring($filter: AnalyticsFilter!, $page: PageInput) {
    optOutHonouring(filter: $filter, page: $page) {
      optOuts honoured violated messagesAfterOptOut medianDelaySeconds maxDelaySeconds
      rows {
        totalCount
        pageInfo { endCursor hasNextPage }
        nodes {
          eventId optedOutAt channel accountId accountName contactId purpose method messagesAfter lastMessageAt
          delaySeconds honoured
        }
      }
    }
  }`;

const IMPORT = `
  mutation Import($input: ConsentImportInput!) {
    importConsentRecords(input: $input) { rows accepted rejected dryRun errors { row field code message } }
  }`;

const LEDGER = `
  query Ledger($contactId: String!, $channel: Channel, $at: DateTime) {
    consentLedger(contactId: $contactId, channel: $channel) {
      contactId
      channel
      entries {
        id occurredAt channel accountId purpose action method source
        evidence { text url formId capturedBy proofRef }
      }
      states(at: $at) { channel purpose state since eventId method blocked }
    }
  }`;

const FILTER = { from: '2025-03-10', to: '2025-03-11' };

/** Two good records of one person (the phone written two ways) and three bad ones. */
const CSV = [
  'contact,channel,purpose,action,occurredAt,method,evidenceText,evidenceUrl,formId,capturedBy,proofRef',
  '+49 151 2345 678,whatsapp,marketing,opt_in,2025-03-01T09:00:00Z,web_form,"I agree to offers from Shop UA, by WhatsApp.',
  'Stop any time: reply ""STOP""",https://shop.example/optin,form-7,web,proof-123',
  '491512345678,WhatsApp,Marketing,Opt-Out,2025-03-05T09:00:00+02:00,keyword,,,,,',
  ',whatsapp,marketing,opt_in,2025-03-01T09:00:00Z,,,,,,',
  '+49 151 0000 111,fax,marketing,opt_in,2025-03-01T09:00:00Z,,,,,,',
  '+49 151 0000 222,whatsapp,marketing,opt_in,yesterday,smoke_signal,,,,,',
].join('\r\n');

interface ImportResult {
  rows: number;
  accepted: number;
  rejected: number;
  dryRun: boolean;
  errors: { row: number; field: string; code: string; message: string }[];
}

interface Ledger {
  contactId: string;
  channel: string | null;
  entries: {
    id: string;
    occurredAt: string;
    channel: string;
    purpose: string;
    action: string;
    method: string;
    source: string;
    evidence: Record<string, string | null>;
  }[];
  states: { channel: string; purpose: string; state: string; since: string | null; blocked: boolean }[];
}

describe('consent over GraphQL and POST /v1/consent-records (real app, chDB)', () => {
  let warehouse: TestWarehouse;
  let t: SettingsTestApp;
  let ingestKey: string;

  const importAs = async (token: string, input: Record<string, unknown>) =>
    (await t.ok<{ importConsentRecords: ImportResult }>(token, IMPORT, { input })).importConsentRecords;
  const ledgerAs = async (token: string, variables: Record<string, unknown>) =>
    (await t.ok<{ consentLedger: Ledger }>(token, LEDGER, variables)).consentLedger;
  const storedConsent = async (tenantId: string) =>
    Number(
      (
        await warehouse.query<{ n: string }>(
          `SELECT count() AS n FROM ${warehouse.database}.events FINAL
           WHERE tenant_id = {t:String} AND type = 'consent.updated' AND source = 'consent_import'`,
          { t: tenantId },
        )
      )[0].n,
    );
  const post = (body: string, contentType: string, token: string | null, query = '') =>
    fetch(`${t.running.url}/v1/consent-records${query}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });

  beforeAll(async () => {
    warehouse = await testWarehouse();
    t = await startSettingsTestApp(warehouse);
    await warehouse.sink.insertEvents([...consentScenario(t.tenantA), ...otherTenantScenario(t.tenantB)]);
    // Coverage and honouring read the consent_at_send rollup.
    await refreshTestRollups(warehouse);
    await t.ok(t.as.admin, 'mutation($input: BusinessAccountInput!) { createBusinessAccount(input: $input) { id } }', {
      input: { channel: 'WHATSAPP', externalId: 'wa_1', displayName: 'Shop UA' },
    });
    // Campaign names are looked up by key; the campaign's own channel does not matter here.
    await t.ok(t.as.admin, 'mutation($input: CampaignInput!) { createCampaign(input: $input) { id } }', {
      input: {
        key: 'spring',
        name: 'Spring sale',
        channel: 'TELEGRAM',
        sourceKind: 'TELEGRAM_DEEPLINK',
        codes: [{ kind: 'DEEP_LINK_PAYLOAD', value: 'p-spring' }],
        currency: 'EUR',
      },
    });
    const key = await t.ok<{ createApiKey: { secret: string } }>(
      t.as.admin,
      'mutation Key($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      { input: { name: 'crm sync', role: 'INGEST' } },
    );
    ingestKey = key.createApiKey.secret;
  });

  afterAll(async () => {
    await t?.close();
    if (warehouse) await dropTestDatabase(warehouse);
  });

  it('coverage by account and campaign, with the names the tenant gave them', async () => {
    const byAccount = await t.ok<{ consentCoverage: Record<string, unknown>[] }>(t.as.marketer, COVERAGE, {
      filter: FILTER,
      groupBy: 'ACCOUNT',
    });
    expect(byAccount.consentCoverage).toEqual([
      {
        key: 'tg_bot',
        label: null,
        channel: 'TELEGRAM',
        messages: 1,
        businessInitiated: 1,
        covered: 1,
        coverage: 1,
        noConsent: 0,
        afterOptOut: 0,
        purposeMismatch: 0,
      },
      {
        key: 'wa_1',
        label: 'Shop UA',
        channel: 'WHATSAPP',
        messages: 18,
        businessInitiated: 15,
        covered: 7,
        coverage: 7 / 15,
        noConsent: 5,
        afterOptOut: 3,
        purposeMismatch: 1,
      },
      {
        key: 'wa_2',
        label: null,
        channel: 'WHATSAPP',
        messages: 1,
        businessInitiated: 1,
        covered: 0,
        coverage: 0,
        noConsent: 1,
        afterOptOut: 0,
        purposeMismatch: 0,
      },
    ]);
    const byCampaign = await t.ok<{ consentCoverage: Record<string, unknown>[] }>(t.as.viewer, COVERAGE, {
      filter: FILTER,
      groupBy: 'CAMPAIGN',
    });
    expect(byCampaign.consentCoverage.map((r) => [r.key, r.label, r.businessInitiated, r.covered])).toEqual([
      ['', null, 6, 2],
      ['spring', 'Spring sale', 11, 6],
    ]);
  });

  it('another tenant sees only its own messages', async () => {
    const other = await t.ok<{ consentCoverage: Record<string, unknown>[] }>(t.otherTenant, COVERAGE, {
      filter: FILTER,
      groupBy: 'CHANNEL',
    });
    expect(other.consentCoverage).toEqual([
      expect.objectContaining({ key: 'whatsapp', messages: 1, businessInitiated: 1, covered: 0, afterOptOut: 1 }),
    ]);
    const honouring = await t.ok<{ optOutHonouring: { optOuts: number } }>(t.otherTenant, HONOURING, {
      filter: FILTER,
    });
    expect(honouring.optOutHonouring.optOuts).toBe(0);
  });

  it('opt-out honouring with its opt-outs paged newest first', async () => {
    type Honouring = {
      optOutHonouring: {
        optOuts: number;
        rows: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: object[] };
      } & Record<string, unknown>;
    };
    const first = (await t.ok<Honouring>(t.as.manager, HONOURING, { filter: FILTER, page: { first: 2 } }))
      .optOutHonouring;
    expect(first).toMatchObject({
      optOuts: 4,
      honoured: 2,
      violated: 2,
      messagesAfterOptOut: 3,
      medianDelaySeconds: 3900,
      maxDelaySeconds: 7200,
    });
    expect(first.rows.totalCount).toBe(4);
    expect(first.rows.pageInfo.hasNextPage).toBe(true);
    expect(first.rows.nodes).toEqual([
      {
        eventId: 'ce:hon:stop',
        optedOutAt: '2025-03-10T12:00:00.000Z',
        channel: 'WHATSAPP',
        accountId: 'wa_1',
        accountName: 'Shop UA',
        contactId: 'c_honoured',
        purpose: 'MARKETING',
        method: 'platform_stop',
        messagesAfter: 0,
        lastMessageAt: null,
        delaySeconds: null,
        honoured: true,
      },
      expect.objectContaining({
        eventId: 'ce:block',
        purpose: 'ALL',
        method: 'block',
        messagesAfter: 1,
        lastMessageAt: '2025-03-10T09:40:00.000Z',
        delaySeconds: 600,
        honoured: false,
      }),
    ]);
    const next = (
      await t.ok<Honouring>(t.as.manager, HONOURING, {
        filter: FILTER,
        page: { first: 2, after: first.rows.pageInfo.endCursor },
      })
    ).optOutHonouring;
    expect(next.rows.nodes.map((n) => (n as { eventId: string }).eventId)).toEqual(['ce:unblock', 'ce:reopt:out']);
    expect(next.rows.pageInfo.hasNextPage).toBe(false);
  });

  it('imports a CSV with per-row errors: a dry run stores nothing, a re-import nothing new', async () => {
    expect(await t.codes(t.as.marketer, IMPORT, { input: { format: 'CSV', content: CSV } })).toEqual(['FORBIDDEN']);

    const dry = await importAs(t.as.compliance, { format: 'CSV', content: CSV, dryRun: true });
    const expectedErrors = [
      { row: 3, field: 'contact', code: 'REQUIRED' },
      { row: 4, field: 'channel', code: 'INVALID_VALUE' },
      { row: 5, field: 'method', code: 'INVALID_VALUE' },
      { row: 5, field: 'occurredAt', code: 'INVALID_DATE' },
    ];
    expect(dry).toMatchObject({ rows: 5, accepted: 2, rejected: 3, dryRun: true });
    expect(dry.errors.map(({ row, field, code }) => ({ row, field, code }))).toEqual(expectedErrors);
    expect(await storedConsent(t.tenantA)).toBe(0);

    const stored = await importAs(t.as.compliance, { format: 'CSV', content: CSV });
    expect(stored).toMatchObject({ rows: 5, accepted: 2, rejected: 3, dryRun: false });
    expect(await storedConsent(t.tenantA)).toBe(2);
    const again = await importAs(t.as.admin, { format: 'CSV', content: CSV });
    expect(again).toMatchObject({ accepted: 2, rejected: 3 });
    expect(await storedConsent(t.tenantA)).toBe(2);

    // The rejected rows are kept with their reasons and original text (not in the dry run).
    const rejects = await warehouse.query<{ reason: string; raw: string }>(
      `SELECT reason, raw FROM ${warehouse.database}.ingest_rejects
       WHERE tenant_id = {t:String} AND source = 'consent_import' ORDER BY received_at, raw`,
      { t: t.tenantA },
    );
    expect(rejects).toHaveLength(6);
    expect(rejects.every((r) => r.reason === 'invalid_record')).toBe(true);
    expect(rejects.map((r) => r.raw)).toContain('+49 151 0000 111,fax,marketing,opt_in,2025-03-01T09:00:00Z,,,,,,');

    // Counts, not contents, in the audit log.
    const audit = await t.ok<{ auditLog: { nodes: { action: string; after: Record<string, unknown> }[] } }>(
      t.as.admin,
      '{ auditLog(entityType: "consent_records", page: { first: 10 }) { nodes { action after } } }',
    );
    const imports = audit.auditLog.nodes.filter((n) => n.action === 'consent.import');
    expect(imports).toHaveLength(2);
    expect(imports[0].after).toEqual({ format: 'csv', rows: 5, accepted: 2, rejected: 3 });
  });

  it('the ledger of a customer looked up by phone number; evidence wording only for admin and compliance', async () => {
    const variables = { contactId: '+49 (151) 234-5678', channel: 'WHATSAPP', at: '2025-03-02T00:00:00.000Z' };
    const full = await ledgerAs(t.as.compliance, variables);
    expect(full.contactId).toMatch(/^p1_/);
    expect(full.entries.map((e) => [e.occurredAt, e.action, e.purpose, e.method, e.source])).toEqual([
      ['2025-03-01T09:00:00.000Z', 'OPT_IN', 'MARKETING', 'web_form', 'consent_import'],
      ['2025-03-05T07:00:00.000Z', 'OPT_OUT', 'MARKETING', 'keyword', 'consent_import'],
    ]);
    expect(full.entries[0].evidence).toEqual({
      text: 'I agree to offers from Shop UA, by WhatsApp.\r\nStop any time: reply "STOP"',
      url: 'https://shop.example/optin',
      formId: 'form-7',
      capturedBy: 'web',
      proofRef: 'proof-123',
    });
    expect(full.states).toEqual([
      {
        channel: 'WHATSAPP',
        purpose: 'MARKETING',
        state: 'GRANTED',
        since: '2025-03-01T09:00:00.000Z',
        eventId: full.entries[0].id,
        method: 'web_form',
        blocked: false,
      },
      {
        channel: 'WHATSAPP',
        purpose: 'SERVICE',
        state: 'NONE',
        since: null,
        eventId: null,
        method: null,
        blocked: false,
      },
    ]);
    expect((await ledgerAs(t.as.admin, { ...variables, at: null })).states[0]).toMatchObject({ state: 'WITHDRAWN' });

    for (const role of ['manager', 'marketer', 'viewer'] as const) {
      const limited = await ledgerAs(t.as[role], variables);
      expect(limited.entries).toHaveLength(2);
      expect(limited.entries[0].evidence).toEqual({
        text: null,
        url: null,
        formId: 'form-7',
        capturedBy: 'web',
        proofRef: null,
      });
    }
    // The same phone number in another tenant is another person there: nothing.
    expect((await ledgerAs(t.otherTenant, variables)).entries).toEqual([]);
  });

  it('the ledger by stored contact id over every channel, with a block and its end', async () => {
    const ledger = await ledgerAs(t.as.admin, { contactId: 'c_block', at: '2025-03-10T09:45:00.000Z' });
    expect(ledger.entries.map((e) => e.id)).toEqual(['ce:block:in', 'ce:block']);
    expect(ledger.states.map((s) => [s.channel, s.purpose, s.state, s.blocked])).toEqual([
      ['WHATSAPP', 'MARKETING', 'WITHDRAWN', true],
      ['WHATSAPP', 'SERVICE', 'WITHDRAWN', true],
    ]);
    const unblocked = await ledgerAs(t.as.admin, { contactId: 'c_unblock', at: '2025-03-10T10:00:00.000Z' });
    expect(unblocked.states.map((s) => s.blocked)).toEqual([false, false]);
    const stillBlocked = await ledgerAs(t.as.admin, { contactId: 'c_unblock', at: '2025-03-10T09:59:59.999Z' });
    expect(stillBlocked.states.map((s) => s.blocked)).toEqual([true, true]);
    const other = await ledgerAs(t.as.admin, { contactId: 'c_other' });
    expect(other.states.map((s) => [s.channel, s.purpose, s.state])).toEqual([
      ['TELEGRAM', 'MARKETING', 'GRANTED'],
      ['TELEGRAM', 'SERVICE', 'NONE'],
    ]);
    expect(await t.codes(t.as.admin, LEDGER, { contactId: '   ' })).toEqual(['BAD_USER_INPUT']);
  });

  it('POST /v1/consent-records takes NDJSON and CSV with an API key, like /v1/events', async () => {
    const ndjson = [
      JSON.stringify({
        contact: 'anna@example.com',
        channel: 'email',
        purpose: 'all',
        action: 'opt_in',
        occurredAt: '2025-02-01T10:00:00Z',
        method: 'checkout',
      }),
      '',
      JSON.stringify({
        contact: 'Anna@Example.com',
        channel: 'email',
        purpose: 'marketing',
        action: 'opt_out',
        occurredAt: '2025-02-02T10:00:00Z',
        evidenceText: 'x'.repeat(9000),
      }),
      '{"contact": 5}',
      'not json',
    ].join('\n');
    const dry = await post(ndjson, 'application/x-ndjson', ingestKey, '?dryRun=true');
    expect(dry.status).toBe(200);
    const dryBody = (await dry.json()) as ImportResult;
    expect(dryBody).toMatchObject({ rows: 4, accepted: 1, rejected: 3, dryRun: true });
    expect(dryBody.errors.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 3, field: 'evidenceText', code: 'MAX_LENGTH' },
      { row: 4, field: 'contact', code: 'INVALID_TYPE' },
      { row: 5, field: '', code: 'MALFORMED_JSON' },
    ]);

    const response = await post(ndjson, 'application/x-ndjson; charset=utf-8', ingestKey);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ accepted: 1, rejected: 3, dryRun: false });
    const ledger = await ledgerAs(t.as.admin, { contactId: 'ANNA@example.com' });
    expect(ledger.entries.map((e) => [e.channel, e.purpose, e.method])).toEqual([['EMAIL', 'ALL', 'checkout']]);

    const csv = await post(CSV, 'text/csv', t.as.compliance);
    expect(csv.status).toBe(200);
    expect(await csv.json()).toMatchObject({ accepted: 2, rejected: 3 });

    expect((await post(ndjson, 'text/plain', ingestKey)).status).toBe(415);
    expect((await post('', 'text/csv', ingestKey)).status).toBe(400);
    expect((await post(ndjson, 'application/x-ndjson', null)).status).toBe(401);
    expect((await post(ndjson, 'application/x-ndjson', t.as.marketer)).status).toBe(403);
  });
});
