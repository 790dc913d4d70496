import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { analyticsScope } from '../../testing/analytics-fixtures';
import type { ComplianceSettings } from '../compliance/settings/compliance-settings-value';
import { ConsentViolationDetector } from './consent-violation.detector';
import { template } from './consent-fixtures';
import { consentScenario, EXPECTED_KINDS, otherTenantScenario } from './consent-scenario';
import { ConsentRepository } from './consent.repository';
import { CONSENT_AT_SEND_COLUMNS, consentAtSendWith, INSTANT_BOUNDS } from './queries/consent-at-send.fragment';

const TENANT = 'tenant_consent';
const OTHER = 'tenant_consent_other';

const scope = (overrides: Parameters<typeof analyticsScope>[0] extends infer S ? Partial<S> : never = {}) =>
  analyticsScope({ tenantId: TENANT, timeZone: 'UTC', period: { from: '2025-03-10', to: '2025-03-11' }, ...overrides });

const RANGE = { from: new Date('2025-03-10T00:00:00.000Z'), to: new Date('2025-03-12T00:00:00.000Z') };

const UNFILTERED = {
  filterChannels: false,
  channels: [],
  filterAccounts: false,
  accounts: [],
  filterAgents: false,
  agents: [],
  filterCampaigns: false,
  campaigns: [],
};

interface AtSendRow {
  event_id: string;
  consent_kind: string;
  business_initiated: boolean;
  covered: boolean;
  purpose: string;
  blocked: boolean;
}

describe('consent at send time (chDB, hand-built history)', () => {
  let warehouse: TestWarehouse;
  let repository: ConsentRepository;

  beforeAll(async () => {
    warehouse = await testWarehouse();
    // Everything twice, in two inserts, and the other tenant's traffic: duplicates and other tenants change nothing.
    await warehouse.sink.insertEvents([...consentScenario(TENANT), ...otherTenantScenario(OTHER)]);
    await warehouse.sink.insertEvents([...consentScenario(TENANT)].reverse());
    // Coverage and honouring read the consent_at_send rollup.
    await refreshTestRollups(warehouse);
    repository = new ConsentRepository({ client: warehouse.client, database: warehouse.database });
  });

  afterAll(async () => {
    if (warehouse) await dropTestDatabase(warehouse);
  });

  it('gives every message of the period its consent kind as of its send time', async () => {
    const rows = await warehouse.query<AtSendRow>(
      `WITH ${consentAtSendWith(quoteIdentifier(warehouse.database), INSTANT_BOUNDS)}
       SELECT event_id, consent_kind, business_initiated, covered, purpose, blocked FROM consent_at_send
       ORDER BY event_id`,
      {
        tenant: TENANT,
        fromMs: RANGE.from.getTime(),
        toMs: RANGE.to.getTime(),
        filterChannels: false,
        channels: [],
        filterAccounts: false,
        accounts: [],
        filterAgents: false,
        agents: [],
        filterCampaigns: false,
        campaigns: [],
      },
    );
    expect(Object.fromEntries(rows.map((r) => [r.event_id, r.consent_kind]))).toEqual(EXPECTED_KINDS);
    const byId = new Map(rows.map((r) => [r.event_id, r]));
    // The window: exactly 24 h after the last customer message is inside it, 1 ms later is outside.
    expect(byId.get('win_in')!.business_initiated).toBe(false);
    expect(byId.get('win_out')!.business_initiated).toBe(true);
    // A reaction opens no window; the window is per number.
    expect(byId.get('react')!.business_initiated).toBe(true);
    expect(byId.get('win_acct')!.business_initiated).toBe(true);
    expect(byId.get('blk_reply')).toMatchObject({ business_initiated: false, blocked: true, purpose: 'service' });
    expect(byId.get('unblk_reply')).toMatchObject({ business_initiated: false, blocked: false });
    expect(rows.filter((r) => r.business_initiated)).toHaveLength(17);
    expect(
      rows
        .filter((r) => r.covered)
        .map((r) => r.event_id)
        .sort(),
    ).toEqual(['all_mkt', 'all_util', 'hon_before', 'reopt3', 'same', 'svc_util', 'tg', 'tie']);
  });

  it('the detector reports each consent violation once with its kind, rule version and deciding event', async () => {
    const detector = new ConsentViolationDetector(repository);
    const found = await detector.detect(
      { tenantId: TENANT, timeZone: 'UTC', settings: {} as ComplianceSettings },
      RANGE,
    );
    const expected = Object.entries(EXPECTED_KINDS).filter(([, kind]) => kind !== '');
    expect(found.map((v) => v.key).sort()).toEqual(expected.map(([id, kind]) => `${kind}:m:${id}`).sort());

    const reopt1 = found.find((v) => v.messageId === 'm:reopt1')!;
    expect(reopt1).toMatchObject({
      kind: 'AFTER_OPT_OUT',
      severity: 'high',
      ruleVersion: 'AFTER_OPT_OUT@1',
      occurredAt: new Date('2025-03-10T09:00:00.000Z'),
      channel: 'whatsapp',
      accountId: 'wa_1',
      contactId: 'c_reopt',
      eventId: 'reopt1',
      campaignId: 'spring',
      templateName: 'promo',
    });
    expect(reopt1.evidence).toMatchObject({
      optOut: { eventId: 'ce:reopt:out', at: '2025-03-10T08:00:00.000Z', method: 'keyword', purpose: 'marketing' },
      delaySeconds: 3600,
      purpose: 'marketing',
    });
    expect(found.find((v) => v.messageId === 'm:blk_reply')!.evidence).toMatchObject({
      blocked: true,
      optOut: { eventId: 'ce:block', method: 'block', purpose: 'all' },
      delaySeconds: 600,
    });
    expect(found.find((v) => v.messageId === 'm:svc_mkt')).toMatchObject({
      kind: 'PURPOSE_MISMATCH',
      severity: 'medium',
      ruleVersion: 'PURPOSE_MISMATCH@1',
      evidence: { serviceOptIn: { eventId: 'ce:service', method: 'checkout' }, marketingState: 'none' },
    });
    expect(found.find((v) => v.messageId === 'm:late')).toMatchObject({
      kind: 'NO_CONSENT',
      ruleVersion: 'NO_CONSENT@1',
      evidence: { consentEvent: null, businessInitiated: true, lastInboundAt: null },
    });
    expect(found.find((v) => v.messageId === 'm:svcwd')!.evidence).toMatchObject({
      consentEvent: { eventId: 'ce:svcwd:out', action: 'opt_out', method: 'phone' },
      serviceState: 'withdrawn',
    });
    expect(found.find((v) => v.messageId === 'm:win_out')!.evidence).toMatchObject({
      lastInboundAt: '2025-03-09T10:00:00.000Z',
    });
  });

  it('the rollup holds, for every tenant, exactly the rows the live definition computes', async () => {
    const db = quoteIdentifier(warehouse.database);
    const columns = CONSENT_AT_SEND_COLUMNS.map((c) => `toString(${c}) AS ${c}`).join(', ');
    const live = async (tenant: string) =>
      warehouse.query<Record<string, string>>(
        `WITH ${consentAtSendWith(db, INSTANT_BOUNDS)} SELECT ${columns} FROM consent_at_send ORDER BY event_id`,
        { tenant, fromMs: 0, toMs: Date.parse('2100-01-01T00:00:00Z'), ...UNFILTERED },
      );
    const rolledUp = await warehouse.query<Record<string, string>>(
      `SELECT ${columns} FROM ${db}.consent_at_send ORDER BY tenant_id, event_id`,
    );
    const expected = [...(await live(TENANT)), ...(await live(OTHER))].sort(
      (a, b) => a.tenant_id.localeCompare(b.tenant_id) || a.event_id.localeCompare(b.event_id),
    );
    // Each message once, though every event was inserted twice.
    expect(rolledUp.filter((r) => r.tenant_id === TENANT)).toHaveLength(Object.keys(EXPECTED_KINDS).length);
    expect(rolledUp).toEqual(expected);
  });

  it('coverage shows a message sent after the rebuild only after the next rebuild', async () => {
    const before = await repository.coverage(scope({ period: { from: '2025-03-12', to: '2025-03-12' } }), 'day');
    expect(before).toEqual([]);
    await warehouse.sink.insertEvents([template(TENANT, 'late_send', 'c_late_send', '2025-03-12T09:00:00.000Z')]);
    expect(await repository.coverage(scope({ period: { from: '2025-03-12', to: '2025-03-12' } }), 'day')).toEqual([]);
    await refreshTestRollups(warehouse);
    const after = await repository.coverage(scope({ period: { from: '2025-03-12', to: '2025-03-12' } }), 'day');
    expect(after.map((r) => [r.key, Number(r.messages)])).toEqual([['2025-03-12', 1]]);
  });

  it('a range selects messages by send time, [from, to)', async () => {
    const rows = await repository.violations(TENANT, {
      from: new Date('2025-03-10T10:00:00.000Z'),
      to: new Date('2025-03-10T10:00:00.001Z'),
    });
    expect(rows.map((r) => r.message_id).sort()).toEqual(['m:late', 'm:other', 'm:reopt2', 'm:svc_mkt', 'm:svcwd']);
  });

  it('another tenant sees only its own messages and consent', async () => {
    const rows = await repository.violations(OTHER, RANGE);
    expect(rows.map((r) => [r.message_id, r.kind])).toEqual([['m:x_msg', 'AFTER_OPT_OUT']]);
  });

  it('coverage by account, campaign, channel and day', async () => {
    const pick = (rows: Awaited<ReturnType<ConsentRepository['coverage']>>) =>
      rows.map((r) => [
        r.key,
        r.account_channel,
        r.messages,
        r.business_initiated,
        r.covered,
        r.no_consent,
        r.after_opt_out,
        r.purpose_mismatch,
      ]);
    expect(pick(await repository.coverage(scope(), 'account'))).toEqual([
      ['tg_bot', 'telegram', 1, 1, 1, 0, 0, 0],
      ['wa_1', 'whatsapp', 18, 15, 7, 5, 3, 1],
      ['wa_2', 'whatsapp', 1, 1, 0, 1, 0, 0],
    ]);
    expect(pick(await repository.coverage(scope(), 'campaign'))).toEqual([
      ['', '', 9, 6, 2, 4, 1, 0],
      ['spring', '', 11, 11, 6, 2, 2, 1],
    ]);
    expect(pick(await repository.coverage(scope(), 'channel'))).toEqual([
      ['telegram', '', 1, 1, 1, 0, 0, 0],
      ['whatsapp', '', 19, 16, 7, 6, 3, 1],
    ]);
    expect(pick(await repository.coverage(scope(), 'day'))).toEqual([
      ['2025-03-10', '', 19, 16, 7, 6, 3, 1],
      ['2025-03-11', '', 1, 1, 1, 0, 0, 0],
    ]);
    // The scope's filters narrow the messages.
    expect(pick(await repository.coverage(scope({ channels: ['telegram'] }), 'channel'))).toEqual([
      ['telegram', '', 1, 1, 1, 0, 0, 0],
    ]);
    expect(pick(await repository.coverage(scope({ accountIds: [] }), 'channel'))).toEqual([]);
  });

  it('opt-out honouring: messages after each opt-out until a new opt-in, and the delay until sending stopped', async () => {
    expect(await repository.honouring(scope())).toEqual({
      opt_outs: 4,
      honoured: 2,
      messages_after: 3,
      median_delay_seconds: 3900,
      max_delay_seconds: 7200,
    });
    const rows = await repository.optOuts(scope(), null, 10);
    expect(rows.map((r) => [r.id, r.method, r.messages_after, r.delay_seconds, r.last_message_ms])).toEqual([
      ['ce:hon:stop', 'platform_stop', 0, null, ''],
      ['ce:block', 'block', 1, 600, String(Date.parse('2025-03-10T09:40:00.000Z'))],
      ['ce:unblock', 'block', 0, null, ''],
      ['ce:reopt:out', 'keyword', 2, 7200, String(Date.parse('2025-03-10T10:00:00.000Z'))],
    ]);
    const next = await repository.optOuts(scope(), { optedOutMs: Number(rows[1].opted_out_ms), id: rows[1].id }, 10);
    expect(next.map((r) => r.id)).toEqual(['ce:unblock', 'ce:reopt:out']);
    // One day: only the opt-outs of 03-11 (none).
    expect(await repository.honouring(scope({ period: { from: '2025-03-11', to: '2025-03-11' } }))).toEqual({
      opt_outs: 0,
      honoured: 0,
      messages_after: 0,
      median_delay_seconds: null,
      max_delay_seconds: null,
    });
  });
});
