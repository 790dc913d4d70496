import type { CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { analyticsScope } from '../../testing/analytics-fixtures';
import type { BusinessAccount } from '../business-accounts/business-account.entity';
import type { Campaign } from '../campaigns/campaign.entity';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { UnavailableReason } from '../overview/dtos/metric.model';
import type { EngagementDrillDownInput } from './dtos/engagement-drill-down.input';
import { EngagementDimension, ReadTimeBucket } from './dtos/engagement.enums';
import { EngagementRepository } from './engagement.repository';
import { EngagementService } from './engagement.service';

// Every expectation is computed by hand from the events below. The tenant's zone is Europe/Berlin (UTC+1 until
// 30 March 2025, UTC+2 from then); the main period is Monday 10 – Tuesday 11 March 2025. Times are UTC.
const TENANT = 'tenant_engagement';
const DST = 'tenant_engagement_dst';
const FAILS_TENANT = 'tenant_engagement_failures';
const OTHER = 'tenant_other';
const T = (day: number, time: string, month = '03') => `2025-${month}-${String(day).padStart(2, '0')}T${time}.000Z`;

interface Where {
  tenantId?: string;
  channel?: CanonicalEvent['channel'];
  accountId?: string;
}
const TG: Where = { channel: 'telegram', accountId: 'tg_bot' };
const SMS: Where = { channel: 'sms', accountId: 'sms_1' };
const FAILS: Where = { tenantId: FAILS_TENANT };

function event(id: string, type: string, at: string, where: Where, extra: Record<string, unknown>): CanonicalEvent {
  return {
    id,
    tenantId: where.tenantId ?? TENANT,
    type,
    occurredAt: at,
    channel: where.channel ?? 'whatsapp',
    accountId: where.accountId ?? 'wa_1',
    contactId: 'c_1',
    source: 'fixture',
    schemaVersion: 1,
    ...extra,
  } as CanonicalEvent;
}

interface SendExtra {
  template?: [string, string, string];
  campaign?: string;
}
const send = (messageId: string, at: string, where: Where = {}, extra: SendExtra = {}) =>
  event(`sent:${messageId}`, 'message.sent', at, where, {
    messageId,
    payload: {
      ...(extra.campaign ? { campaignId: extra.campaign } : {}),
      sender: { kind: extra.campaign ? 'campaign' : 'agent', ...(extra.campaign ? {} : { agentId: 'agent_1' }) },
      isTemplate: Boolean(extra.template),
      contentType: extra.template ? 'template' : 'text',
      ...(extra.template
        ? { templateName: extra.template[0], templateLanguage: extra.template[1], templateCategory: extra.template[2] }
        : {}),
    },
  });
const status = (id: string, messageId: string, value: string, at: string, where: Where = {}, extra = {}) =>
  event(id, 'message.status', at, where, { messageId, payload: { status: value, ...extra } });

const PROMO: SendExtra = { template: ['promo', 'en', 'marketing'], campaign: 'spring' };

/**
 * Time to read of the six timed WhatsApp reads, one on each bucket edge or inside the first bucket:
 * 30 s, 60 s, 300 s, 1800 s, 7200 s, 86400 s. Sorted, n = 6: median = 300 + 0.5 × 1500 = 1050,
 * p90 (rank 4.5) = 7200 + 0.5 × 79200 = 46800, p99 (rank 4.95) = 7200 + 0.95 × 79200 = 82440,
 * mean = 95790 / 6 = 15965.
 */
function events(): CanonicalEvent[] {
  return [
    // m1: 30 s; "sent" reported twice, read reported twice (the first read counts).
    send('m1', T(10, '08:00:00'), {}, PROMO),
    status('s:m1:sent', 'm1', 'sent', T(10, '08:00:00')),
    status('s:m1:delivered', 'm1', 'delivered', T(10, '08:00:10')),
    status('s:m1:read:again', 'm1', 'read', T(10, '08:05:00')),
    status('s:m1:read', 'm1', 'read', T(10, '08:00:30')),
    // m2: exactly 60 s; read before delivered (delivered reported after the read).
    send('m2', T(10, '08:00:00'), {}, PROMO),
    status('s:m2:read', 'm2', 'read', T(10, '08:01:00')),
    status('s:m2:delivered', 'm2', 'delivered', T(10, '08:03:00')),
    // m3..m6: exactly 300 s, 1800 s, 7200 s (from another number), 86400 s; no delivered status.
    send('m3', T(10, '08:00:00'), {}, { template: ['welcome', 'uk', 'utility'] }),
    status('s:m3:read', 'm3', 'read', T(10, '08:05:00')),
    send('m4', T(10, '08:00:00')),
    status('s:m4:read', 'm4', 'read', T(10, '08:30:00')),
    send('m5', T(10, '08:00:00'), { accountId: 'wa_2' }),
    status('s:m5:read', 'm5', 'read', T(10, '10:00:00'), { accountId: 'wa_2' }),
    send('m6', T(10, '08:00:00')),
    status('s:m6:read', 'm6', 'read', T(11, '08:00:00')),
    // m7: delivered, never read. m8: failed 131049 (the first failure counts).
    send('m7', T(10, '08:00:00'), {}, { campaign: 'spring' }),
    status('s:m7:delivered', 'm7', 'delivered', T(10, '08:00:05')),
    send('m8', T(10, '08:00:00')),
    status('s:m8:failed', 'm8', 'failed', T(10, '08:00:02'), {}, { errorCode: '131049', errorTitle: 'Ecosystem' }),
    status('s:m8:failed:again', 'm8', 'failed', T(10, '08:09:00'), {}, { errorCode: '131026', errorTitle: 'X' }),
    // m9: Telegram bot, no receipts at all. m10: SMS delivered and (wrongly) "read" after 20 s — excluded from
    // read figures, though counted as read.
    send('m9', T(10, '09:00:00'), TG),
    send('m10', T(10, '09:00:00'), SMS),
    status('s:m10:delivered', 'm10', 'delivered', T(10, '09:00:10'), SMS),
    status('s:m10:read', 'm10', 'read', T(10, '09:00:20'), SMS),
    // m11: only a read is reported (no send time): read and delivered, first seen on the 11th, not timed.
    status('s:m11:read', 'm11', 'read', T(11, '07:00:00')),
    // m12: 23:30 UTC on Sunday the 9th is 00:30 on Monday the 10th in Berlin: inside the period.
    send('m12', T(9, '23:30:00')),
    // m13: 23:30 UTC on the 11th is the 12th in Berlin: outside the period.
    send('m13', T(11, '23:30:00')),
    // Failures (another tenant, so the figures above stay as they are): f1 failed 131049 then 131026 (the first
    // counts), f2 131026, f3 131049 from wa_2, f4 an SMS failure without a code, f5 promo read, not failed, f6 a
    // Viber promo failing with the same code from an account id that is also a WhatsApp number's.
    send('f1', T(10, '08:00:00'), FAILS, PROMO),
    status('s:f1:failed', 'f1', 'failed', T(10, '08:00:01'), FAILS, { errorCode: '131049', errorTitle: 'Ecosystem' }),
    status('s:f1:failed:again', 'f1', 'failed', T(10, '08:09:00'), FAILS, { errorCode: '131026' }),
    send('f2', T(10, '08:01:00'), FAILS, PROMO),
    status('s:f2:failed', 'f2', 'failed', T(10, '08:01:01'), FAILS, { errorCode: '131026' }),
    send('f3', T(10, '08:02:00'), { ...FAILS, accountId: 'wa_2' }, PROMO),
    status('s:f3:failed', 'f3', 'failed', T(10, '08:02:01'), { ...FAILS, accountId: 'wa_2' }, { errorCode: '131049' }),
    send('f4', T(10, '08:03:00'), { ...FAILS, ...SMS }),
    status('s:f4:failed', 'f4', 'failed', T(10, '08:03:01'), { ...FAILS, ...SMS }),
    send('f5', T(10, '08:04:00'), FAILS, PROMO),
    status('s:f5:read', 'f5', 'read', T(10, '08:04:30'), FAILS),
    send('f6', T(10, '08:05:00'), { ...FAILS, channel: 'viber' }, PROMO),
    status('s:f6:failed', 'f6', 'failed', T(10, '08:05:01'), { ...FAILS, channel: 'viber' }, { errorCode: '131049' }),
    // Another tenant, same ids: invisible.
    send('m1', T(10, '08:00:00'), { tenantId: OTHER }, PROMO),
    status('s:x:read', 'm1', 'read', T(10, '08:00:10'), { tenantId: OTHER }),
    // The DST week: Berlin moves from UTC+1 to UTC+2 at 01:00 UTC on Sunday 30 March.
    send('d4', T(28, '23:00:00'), { tenantId: DST }), // Sat 29, 00:00 CET
    send('d1', T(29, '23:30:00'), { tenantId: DST }), // Sun 30, 00:30 CET
    send('d2', T(30, '01:30:00'), { tenantId: DST }), // Sun 30, 03:30 CEST
    send('d3', T(30, '22:30:00'), { tenantId: DST }), // Mon 31, 00:30 CEST
  ];
}

function scope(overrides: Partial<AnalyticsScope> = {}): AnalyticsScope {
  return analyticsScope({ tenantId: TENANT, timeZone: 'Europe/Berlin', ...overrides });
}

const ACCOUNTS = [
  { tenantId: TENANT, channel: 'whatsapp', externalId: 'wa_1', displayName: 'Main number' },
  { tenantId: OTHER, channel: 'whatsapp', externalId: 'wa_2', displayName: 'Not ours' },
] as BusinessAccount[];
const CAMPAIGNS = [{ tenantId: TENANT, key: 'spring', name: 'Spring sale' }] as Campaign[];

describe('engagement analytics on real chDB', () => {
  let warehouse: TestWarehouse;
  let service: EngagementService;
  let currentScope: AnalyticsScope;

  beforeAll(async () => {
    warehouse = await testWarehouse();
    await warehouse.sink.insertEvents(events());
    // A replay of a read and a delivered in a later batch changes nothing.
    await warehouse.sink.insertEvents(events().filter((e) => e.id === 's:m2:read' || e.id === 's:m1:delivered'));
    await refreshTestRollups(warehouse);
    service = new EngagementService(
      { resolve: (tenantId) => Promise.resolve({ ...currentScope, tenantId }) },
      new EngagementRepository({ client: warehouse.client, database: warehouse.database }),
      {
        accountsByExternalIds: (tenantId, ids) =>
          Promise.resolve(ACCOUNTS.filter((a) => a.tenantId === tenantId && ids.includes(a.externalId))),
        campaignsByKeys: (tenantId, keys) =>
          Promise.resolve(CAMPAIGNS.filter((c) => c.tenantId === tenantId && keys.includes(c.key))),
      },
    );
  });

  beforeEach(() => {
    currentScope = scope();
  });

  afterAll(async () => {
    if (warehouse) await dropTestDatabase(warehouse);
  });

  const FILTER = { from: '2025-03-10', to: '2025-03-11' };
  const engagement = (groupBy: EngagementDimension = EngagementDimension.CHANNEL) =>
    service.engagement(TENANT, FILTER, groupBy);
  const ids = async (drillDown: EngagementDrillDownInput | null, first = 50) =>
    (await service.engagementMessages(TENANT, FILTER, drillDown, { first })).nodes.map((n) => n.messageId);

  it('computes totals: rates over channels with receipts, exact quantiles and mean of read − sent', async () => {
    const result = await engagement();
    expect(result.timeZone).toBe('Europe/Berlin');
    expect(result.period).toEqual(FILTER);
    // 12 messages (m1–m12); delivered: m1–m7, m10, m11; read: m1–m6, m10, m11.
    expect(result.total).toEqual({
      sent: 12,
      delivered: 9,
      read: 8,
      deliveryRate: 9 / 11, // Telegram's m9 is not measurable
      deliveryRateUnavailableReason: null,
      readRate: 7 / 8, // WhatsApp only: 7 read of 8 delivered (SMS m10 excluded)
      readRateUnavailableReason: null,
      timedReads: 6,
      medianSeconds: 1050,
      p90Seconds: 46800,
      p99Seconds: expect.closeTo(82440, 6) as number,
      meanSeconds: 15965,
      readReceipts: true,
    });
  });

  it('puts each bucket edge in the upper bucket and leaves SMS reads out of the histogram', async () => {
    const result = await engagement();
    expect(result.histogram).toEqual(
      [
        ReadTimeBucket.UNDER_1_MIN, // 30 s (SMS's 20 s is not counted)
        ReadTimeBucket.MIN_1_TO_5, // exactly 60 s
        ReadTimeBucket.MIN_5_TO_30, // exactly 300 s
        ReadTimeBucket.MIN_30_TO_2_H, // exactly 1800 s
        ReadTimeBucket.H_2_TO_24, // exactly 7200 s
        ReadTimeBucket.OVER_24_H, // exactly 86400 s
      ].map((bucket) => ({ bucket, count: 1, share: 1 / 6 })),
    );
  });

  it('places days and hours of the week in the tenant time zone', async () => {
    const result = await engagement();
    expect(result.days).toEqual([
      {
        date: '2025-03-10',
        sent: 11,
        delivered: 8,
        read: 7,
        deliveryRate: 8 / 10,
        readRate: 6 / 7,
        medianSeconds: 1050,
      },
      { date: '2025-03-11', sent: 1, delivered: 1, read: 1, deliveryRate: 1, readRate: 1, medianSeconds: null },
    ]);
    expect(result.heatmap).toEqual([
      { dayOfWeek: 1, hour: 0, sent: 1, read: 0, readRate: null, medianSeconds: null }, // m12
      { dayOfWeek: 1, hour: 9, sent: 8, read: 6, readRate: 6 / 7, medianSeconds: 1050 }, // m1–m8
      { dayOfWeek: 1, hour: 10, sent: 2, read: 1, readRate: null, medianSeconds: null }, // Telegram + SMS
      { dayOfWeek: 2, hour: 8, sent: 1, read: 1, readRate: 1, medianSeconds: null }, // m11
    ]);
  });

  it('places days and hours across the change to summer time', async () => {
    currentScope = scope({ tenantId: DST, period: { from: '2025-03-29', to: '2025-03-31' } });
    const result = await service.engagement(DST, { from: '2025-03-29', to: '2025-03-31' }, null);
    expect(result.days.map((d) => [d.date, d.sent])).toEqual([
      ['2025-03-29', 1],
      ['2025-03-30', 2],
      ['2025-03-31', 1],
    ]);
    expect(result.heatmap.map((c) => [c.dayOfWeek, c.hour, c.sent])).toEqual([
      [1, 0, 1], // d3: Mon 00:30 CEST (a fixed UTC+1 would say Sunday 23:30)
      [6, 0, 1], // d4
      [7, 0, 1], // d1: 00:30 CET
      [7, 3, 1], // d2: 03:30 CEST
    ]);
    const drill = (d: EngagementDrillDownInput) =>
      service.engagementMessages(DST, { from: '2025-03-29', to: '2025-03-31' }, d, null);
    expect((await drill({ hour: 3 })).nodes.map((n) => n.messageId)).toEqual(['d2']);
    expect((await drill({ date: '2025-03-31' })).nodes.map((n) => n.messageId)).toEqual(['d3']);
    expect((await drill({ dayOfWeek: 7 })).nodes.map((n) => n.messageId)).toEqual(['d2', 'd1']);
  });

  it('groups by channel with channels without read receipts flagged', async () => {
    const { groups } = await engagement();
    expect(groups.map((g) => [g.key, g.label, g.channel, g.stats.sent])).toEqual([
      ['whatsapp', 'whatsapp', 'whatsapp', 10],
      ['sms', 'sms', 'sms', 1],
      ['telegram', 'telegram', 'telegram', 1],
    ]);
    expect(groups[0].stats).toMatchObject({
      delivered: 8,
      read: 7,
      deliveryRate: 0.8,
      readRate: 7 / 8,
      timedReads: 6,
      medianSeconds: 1050,
      readReceipts: true,
    });
    expect(groups[1].stats).toMatchObject({
      read: 1,
      deliveryRate: 1,
      readRate: null,
      readRateUnavailableReason: UnavailableReason.NOT_MEASURABLE,
      timedReads: 0,
      medianSeconds: null,
      readReceipts: false,
    });
    expect(groups[2].stats).toMatchObject({
      deliveryRate: null,
      deliveryRateUnavailableReason: UnavailableReason.NOT_MEASURABLE,
      readRateUnavailableReason: UnavailableReason.NOT_MEASURABLE,
      readReceipts: false,
    });
  });

  it('groups by account, template, category and campaign with labels from the relational store', async () => {
    const label = async (dimension: EngagementDimension) =>
      (await engagement(dimension)).groups.map((g) => [g.key, g.label, g.channel, g.stats.sent]);
    // wa_2's display name belongs to another tenant: not used.
    expect(await label(EngagementDimension.ACCOUNT)).toEqual([
      ['wa_1', 'Main number', 'whatsapp', 9],
      ['sms_1', 'sms_1', 'sms', 1],
      ['tg_bot', 'tg_bot', 'telegram', 1],
      ['wa_2', 'wa_2', 'whatsapp', 1],
    ]);
    expect(await label(EngagementDimension.TEMPLATE)).toEqual([
      ['', 'None', null, 9],
      ['promo|en', 'promo (en)', null, 2],
      ['welcome|uk', 'welcome (uk)', null, 1],
    ]);
    expect(await label(EngagementDimension.CATEGORY)).toEqual([
      ['', 'None', null, 9],
      ['marketing', 'marketing', null, 2],
      ['utility', 'utility', null, 1],
    ]);
    expect(await label(EngagementDimension.CAMPAIGN)).toEqual([
      ['', 'None', null, 9],
      ['spring', 'Spring sale', null, 3],
    ]);
    // promo/en: reads after 30 s and 60 s → median 45, p90 = 30 + 0.9 × 30, p99 = 30 + 0.99 × 30.
    const promo = (await engagement(EngagementDimension.TEMPLATE)).groups[1].stats;
    expect(promo).toMatchObject({ sent: 2, delivered: 2, read: 2, timedReads: 2, medianSeconds: 45, meanSeconds: 45 });
    expect(promo.p90Seconds).toBeCloseTo(57, 9);
    expect(promo.p99Seconds).toBeCloseTo(59.7, 9);
  });

  it('lists the messages newest first, page by page', async () => {
    const all = ['m11', 'm9', 'm10', 'm5', 'm8', 'm7', 'm6', 'm4', 'm3', 'm2', 'm1', 'm12'];
    const seen: string[] = [];
    let after: string | null = null;
    const pages: boolean[] = [];
    do {
      const page = await service.engagementMessages(TENANT, FILTER, null, { first: 5, after });
      expect(page.totalCount).toBe(12);
      seen.push(...page.nodes.map((n) => n.messageId));
      pages.push(page.pageInfo.hasNextPage);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all);
    expect(pages).toEqual([true, true, false]);
  });

  it('narrows the messages by every drill-down field', async () => {
    expect(await ids({ dimension: EngagementDimension.CHANNEL, key: 'sms' })).toEqual(['m10']);
    expect(await ids({ dimension: EngagementDimension.ACCOUNT, key: 'wa_2' })).toEqual(['m5']);
    expect(await ids({ dimension: EngagementDimension.TEMPLATE, key: 'promo|en' })).toEqual(['m2', 'm1']);
    expect(await ids({ dimension: EngagementDimension.TEMPLATE, key: '' })).toHaveLength(9);
    expect(await ids({ dimension: EngagementDimension.CATEGORY, key: 'utility' })).toEqual(['m3']);
    expect(await ids({ dimension: EngagementDimension.CAMPAIGN, key: 'spring' })).toEqual(['m7', 'm2', 'm1']);
    expect(await ids({ date: '2025-03-11' })).toEqual(['m11']);
    expect(await ids({ date: '2025-03-10' })).toHaveLength(11);
    expect(await ids({ bucket: ReadTimeBucket.UNDER_1_MIN })).toEqual(['m1']);
    expect(await ids({ bucket: ReadTimeBucket.MIN_1_TO_5 })).toEqual(['m2']);
    expect(await ids({ bucket: ReadTimeBucket.OVER_24_H })).toEqual(['m6']);
    expect(await ids({ dayOfWeek: 2 })).toEqual(['m11']);
    expect(await ids({ hour: 0 })).toEqual(['m12']);
    expect(await ids({ dayOfWeek: 1, hour: 10 })).toEqual(['m9', 'm10']);
    expect(await ids({ status: 'failed' })).toEqual(['m8']);
    expect(await ids({ status: 'read' })).toEqual(['m11', 'm10', 'm5', 'm6', 'm4', 'm3', 'm2', 'm1']);
    expect(await ids({ status: 'delivered' })).toHaveLength(9);
    expect(await ids({ status: 'sent' })).toHaveLength(12);
    currentScope = scope({ channels: ['whatsapp'] });
    expect(await ids({ status: 'read', dimension: EngagementDimension.CAMPAIGN, key: 'spring' })).toEqual(['m2', 'm1']);
  });

  it('shows each message with effective times and its time to read', async () => {
    const { nodes } = await service.engagementMessages(TENANT, FILTER, null, null);
    const byId = new Map(nodes.map((n) => [n.messageId, n]));
    expect(byId.get('m2')).toEqual({
      messageId: 'm2',
      channel: 'whatsapp',
      accountExternalId: 'wa_1',
      contactId: 'c_1',
      templateName: 'promo',
      campaignKey: 'spring',
      sentAt: new Date(T(10, '08:00:00')),
      deliveredAt: new Date(T(10, '08:01:00')), // read implies delivered, earlier than the delivered status
      readAt: new Date(T(10, '08:01:00')),
      failedAt: null,
      errorCode: null,
      timeToReadSeconds: 60,
    });
    expect(byId.get('m8')).toMatchObject({
      failedAt: new Date(T(10, '08:00:02')),
      errorCode: '131049',
      sentAt: new Date(T(10, '08:00:00')),
    });
    expect(byId.get('m10')).toMatchObject({ readAt: new Date(T(10, '09:00:20')), timeToReadSeconds: null });
    expect(byId.get('m11')).toMatchObject({ sentAt: null, timeToReadSeconds: null });
  });

  it('says NOT_MEASURABLE when only channels without receipts are selected and NO_DATA when nothing is there', async () => {
    currentScope = scope({ channels: ['telegram', 'sms'] });
    expect((await engagement()).total).toMatchObject({
      sent: 2,
      deliveryRate: 1,
      readRate: null,
      readRateUnavailableReason: UnavailableReason.NOT_MEASURABLE,
      medianSeconds: null,
      readReceipts: false,
    });
    currentScope = scope({ channels: ['telegram'] });
    expect((await engagement()).total).toMatchObject({
      deliveryRate: null,
      deliveryRateUnavailableReason: UnavailableReason.NOT_MEASURABLE,
    });
    currentScope = scope({ period: { from: '2025-03-01', to: '2025-03-02' } });
    const empty = await service.engagement(TENANT, { from: '2025-03-01', to: '2025-03-02' }, null);
    expect(empty.total).toMatchObject({
      sent: 0,
      deliveryRate: null,
      deliveryRateUnavailableReason: UnavailableReason.NO_DATA,
      readRate: null,
      readRateUnavailableReason: UnavailableReason.NO_DATA,
      timedReads: 0,
      medianSeconds: null,
      meanSeconds: null,
      readReceipts: true,
    });
    expect(empty.histogram.every((b) => b.count === 0 && b.share === null)).toBe(true);
    expect(empty.days.map((d) => [d.date, d.sent, d.deliveryRate])).toEqual([
      ['2025-03-01', 0, null],
      ['2025-03-02', 0, null],
    ]);
    expect(empty.groups).toEqual([]);
    expect(empty.heatmap).toEqual([]);
  });

  it('explains failure reasons over all business messages, first failure only', async () => {
    const reasons = await service.failureReasons(TENANT, FILTER);
    expect(reasons.map((r) => [r.channel, r.errorCode, r.count, r.share, r.platformTitle, r.known])).toEqual([
      ['whatsapp', '131049', 1, 1, 'Ecosystem', true],
    ]);
  });

  it('opens exactly the failed messages of a failure reason, and a template of one account', async () => {
    currentScope = scope({ tenantId: FAILS_TENANT });
    const failed = (drillDown: EngagementDrillDownInput) =>
      service.engagementMessages(FAILS_TENANT, FILTER, drillDown, null).then((p) => p.nodes.map((n) => n.messageId));
    expect(await failed({ errorCode: '131049' })).toEqual(['f6', 'f3', 'f1']);
    expect(await failed({ dimension: EngagementDimension.CHANNEL, key: 'whatsapp', errorCode: '131049' })).toEqual([
      'f3',
      'f1',
    ]);
    expect(await failed({ errorCode: '131026' })).toEqual(['f2']);
    expect(await failed({ errorCode: '' })).toEqual(['f4']);
    expect(await failed({ errorCode: '131047' })).toEqual([]);
    const promo = { dimension: EngagementDimension.TEMPLATE, key: 'promo|en' };
    expect(await failed({ ...promo, channel: 'viber', errorCode: '131049' })).toEqual(['f6']);
    expect(await failed(promo)).toEqual(['f6', 'f5', 'f3', 'f2', 'f1']);
    expect(await failed({ ...promo, accountId: 'wa_1' })).toEqual(['f6', 'f5', 'f2', 'f1']);
    expect(await failed({ ...promo, accountId: 'wa_1', channel: 'whatsapp' })).toEqual(['f5', 'f2', 'f1']);
    // Every failure reason's count is the size of its list.
    const reasons = await service.failureReasons(FAILS_TENANT, FILTER);
    expect(reasons.map((r) => [r.channel, r.errorCode, r.count])).toEqual([
      ['whatsapp', '131049', 2],
      ['sms', null, 1],
      ['viber', '131049', 1],
      ['whatsapp', '131026', 1],
    ]);
    for (const r of reasons) {
      const drill = { dimension: EngagementDimension.CHANNEL, key: r.channel, errorCode: r.errorCode ?? '' };
      expect((await service.engagementMessages(FAILS_TENANT, FILTER, drill, null)).totalCount).toBe(r.count);
    }
  });

  it('never shows another tenant', async () => {
    currentScope = scope({ tenantId: 'tenant_nobody' });
    const result = await service.engagement('tenant_nobody', FILTER, null);
    expect(result.total.sent).toBe(0);
    expect((await service.engagementMessages('tenant_nobody', FILTER, null, null)).totalCount).toBe(0);
  });
});
