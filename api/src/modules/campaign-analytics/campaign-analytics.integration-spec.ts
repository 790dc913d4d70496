import type { CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { analyticsScope } from '../../testing/analytics-fixtures';
import type { CampaignView } from '../campaigns/campaigns.service';
import type { MarketingSettingsValue } from '../marketing-settings/marketing-settings-value';
import type { AnalyticsScope } from '../overview/analytics-scope';
import type { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { CampaignAnalyticsRepository } from './campaign-analytics.repository';
import { CampaignAnalyticsService } from './campaign-analytics.service';
import type { CampaignsService } from '../campaigns/campaigns.service';
import { AttributionModel, CampaignDimension, TouchpointKind } from './dtos/campaign-analytics.enums';
import type { CampaignPerformanceRowModel } from './dtos/campaign-performance.model';

// Every expectation is computed by hand from the events below (docs/attribution.md). Tenant zone Europe/Berlin
// (UTC+1 in March 2025 until the 30th): the period Monday 10 – Tuesday 11 March 2025 is
// [2025-03-09T23:00Z, 2025-03-11T23:00Z); the window is 7 days, so touches from 2025-03-02T23:00Z can be credited.
const TENANT = 'tenant_attribution';
const OTHER = 'tenant_attribution_other';
const T = (day: number, time: string) => `2025-03-${String(day).padStart(2, '0')}T${time}Z`;

interface Where {
  tenantId?: string;
  channel?: CanonicalEvent['channel'];
  accountId?: string;
  conversationId?: string;
}

let sequence = 0;
function event(type: string, contactId: string, at: string, where: Where, extra: Record<string, unknown>) {
  sequence += 1;
  return {
    id: `${type}:${contactId}:${sequence}`,
    tenantId: where.tenantId ?? TENANT,
    type,
    occurredAt: at,
    channel: where.channel ?? 'whatsapp',
    accountId: where.accountId ?? `${where.channel ?? 'whatsapp'}_1`,
    contactId,
    ...(where.conversationId ? { conversationId: where.conversationId } : {}),
    source: 'fixture',
    schemaVersion: 1,
    ...extra,
  } as CanonicalEvent;
}

const received = (contact: string, at: string, payload: Record<string, unknown>, where: Where = {}) =>
  event('message.received', contact, at, where, {
    messageId: `in:${contact}:${at}`,
    payload: { contentType: 'text', text: 'hello', ...payload },
  });
const sent = (contact: string, at: string, campaignId: string, where: Where = {}) =>
  event('message.sent', contact, at, where, {
    messageId: `out:${contact}:${at}`,
    payload: { campaignId, sender: { kind: 'campaign' }, isTemplate: true, contentType: 'template' },
  });
const conversion = (contact: string, at: string, value?: number, currency?: string, where: Where = {}) =>
  event('conversion.recorded', contact, at, where, {
    payload: { kind: 'purchase', ...(value === undefined ? {} : { value, currency }), orderId: `o_${contact}` },
  });
const optIn = (contact: string, at: string) =>
  event(
    'consent.updated',
    contact,
    at,
    {},
    {
      payload: { action: 'opt_in', purpose: 'marketing', method: 'web_form' },
    },
  );
const THREAD: Where = { tenantId: 'tenant_attribution_threads' };
const ad = (sourceId: string) => ({ referral: { kind: 'ad', sourceId } });
const conv = (conversationId: string, where: Where = {}): Where => ({ ...where, conversationId });

function campaign(
  key: string,
  codes: CampaignView['codes'],
  extra: Partial<Pick<CampaignView, 'channel' | 'startsOn' | 'endsOn' | 'currency' | 'spend'>> = {},
): CampaignView {
  return {
    id: `id_${key}`,
    tenantId: TENANT,
    key,
    name: `Campaign ${key}`,
    channel: extra.channel ?? null,
    accountId: null,
    account: null,
    sourceKind: 'other',
    templateName: null,
    startsOn: extra.startsOn ?? null,
    endsOn: extra.endsOn ?? null,
    currency: extra.currency ?? 'EUR',
    codes,
    spend: extra.spend ?? [],
    totalSpend: 0,
    createdAt: new Date(0),
    updatedAt: new Date(0),
  };
}

const CAMPAIGNS: CampaignView[] = [
  campaign('ad_spring', [{ kind: 'ad_id', value: 'ad_42' }], {
    channel: 'whatsapp',
    startsOn: '2025-03-01',
    endsOn: '2025-03-31',
    spend: [
      { date: '2025-03-09', amount: 100 },
      { date: '2025-03-10', amount: 50 },
      { date: '2025-03-11', amount: 30 },
    ],
  }),
  campaign('tg_start', [{ kind: 'deep_link_payload', value: 'promo1' }], { channel: 'telegram' }),
  campaign('fb_ref', [{ kind: 'ref', value: 'summer_ref' }], { channel: 'messenger' }),
  campaign('viber_ctx', [{ kind: 'context', value: 'ctx_spring' }], { channel: 'viber' }),
  campaign('vk_ref', [{ kind: 'ref', value: 'vkpromo' }], { channel: 'vk' }),
  campaign('utm_camp', [
    { kind: 'utm_campaign', value: 'spring' },
    { kind: 'utm_source', value: 'ig' },
  ]),
  campaign('qr_store', [{ kind: 'qr_code', value: 'QR-STORE-24' }], { channel: 'whatsapp' }),
  campaign('code_camp', [{ kind: 'prefill_code', value: 'SPRING24' }]),
  campaign('broadcast_1', [], { channel: 'whatsapp', currency: 'USD', spend: [{ date: '2025-03-10', amount: 10 }] }),
  campaign('ad_old', [{ kind: 'ad_id', value: 'ad_99' }], { startsOn: '2025-01-01', endsOn: '2025-01-31' }),
  campaign('tg_only', [{ kind: 'ad_id', value: 'ad_tg' }], { channel: 'telegram' }),
  campaign('pln_camp', [{ kind: 'ad_id', value: 'ad_pln' }], {
    currency: 'PLN',
    spend: [{ date: '2025-03-10', amount: 100 }],
  }),
];

const SETTINGS: MarketingSettingsValue = {
  attributionWindowDays: 7,
  reportingCurrency: 'EUR',
  exchangeRates: new Map([['USD', 0.9]]),
  messagePrices: [],
};

const EVENTS: CanonicalEvent[] = [
  // One conversation per source kind, all on Monday 10 March except #SPRING24 on Tuesday.
  received('c_ad', T(10, '09:00:00.000'), ad('ad_42'), conv('k_ad')),
  // Not the conversation's first customer message: its code does not count.
  received('c_ad', T(10, '10:00:00.000'), { text: 'and #SPRING24' }, conv('k_ad')),
  conversion('c_ad', T(10, '12:00:00.000'), 100, 'EUR'),
  received('c_tg', T(10, '08:00:00.000'), { text: '/start promo1' }, { channel: 'telegram' }),
  optIn('c_tg', T(12, '08:00:00.000')),
  received(
    'c_ref',
    T(10, '08:00:00.000'),
    { referral: { kind: 'shortlink', ref: 'summer_ref' } },
    { channel: 'messenger' },
  ),
  received(
    'c_viber',
    T(10, '08:00:00.000'),
    { referral: { kind: 'deeplink', ref: 'ctx_spring' } },
    { channel: 'viber' },
  ),
  received(
    'c_vk',
    T(10, '08:00:00.000'),
    { referral: { kind: 'deeplink', sourceUrl: 'https://vk.me/shop?ref=vkpromo&ref_source=wall' } },
    { channel: 'vk' },
  ),
  received(
    'c_utm',
    T(10, '08:00:00.000'),
    { referral: { kind: 'widget', utm: { source: 'IG', campaign: 'Spring' } } },
    { channel: 'webchat' },
  ),
  received('c_qr', T(10, '08:00:00.000'), { text: 'Hallo! QR-STORE-24' }),
  received('c_code', T(11, '10:00:00.000'), { text: 'Hi #SPRING24' }),
  received('c_org', T(10, '08:00:00.000'), { text: 'hello' }),
  // Campaign dates and channel restrictions: organic.
  received('c_old', T(10, '08:00:00.000'), ad('ad_99')),
  received('c_chan', T(10, '08:00:00.000'), ad('ad_tg')),

  // Window boundaries: exactly 7 days before counts, 1 ms earlier does not.
  received('c_win', T(3, '12:00:00.000'), ad('ad_42')),
  conversion('c_win', T(10, '12:00:00.000'), 10, 'EUR'),
  received('c_win2', T(3, '11:59:59.999'), ad('ad_42')),
  conversion('c_win2', T(10, '12:00:00.000'), 10, 'EUR'),
  // A touch after the conversion never counts (the conversation itself is in the period).
  conversion('c_after', T(10, '09:00:00.000')),
  received('c_after', T(10, '09:00:00.001'), ad('ad_42')),
  // Several touches: first touch #SPRING24, last touch the ad; 50 USD = 45 EUR.
  received('c_multi', T(5, '10:00:00.000'), { text: '#SPRING24' }, conv('m1')),
  received('c_multi', T(9, '10:00:00.000'), ad('ad_42'), conv('m2')),
  conversion('c_multi', T(10, '15:00:00.000'), 50, 'USD'),
  // The latest touch is organic: last touch says organic, first touch the ad; PLN has no rate.
  received('c_orglast', T(8, '10:00:00.000'), ad('ad_42'), conv('o1')),
  received('c_orglast', T(9, '10:00:00.000'), { text: 'hi' }, conv('o2')),
  conversion('c_orglast', T(10, '16:00:00.000'), 20, 'PLN'),
  // Outbound campaign: the reply (also an organic first message, same instant) is a campaign touch.
  sent('c_out', T(10, '10:00:00.000'), 'broadcast_1'),
  received('c_out', T(10, '11:00:00.000'), { text: 'yes please' }),
  conversion('c_out', T(10, '13:00:00.000'), 30, 'EUR'),
  // A reply 8 days after the campaign message is no campaign touch.
  sent('c_out_late', T(1, '10:00:00.000'), 'broadcast_1'),
  received('c_out_late', T(9, '10:00:00.000'), { text: 'late' }),
  conversion('c_out_late', T(10, '10:00:00.000')),
  // Without conversation ids: 24 h of silence or a resolution starts a new conversation; only the first
  // customer message of each is a touch.
  received('c_thread', T(10, '00:30:00.000'), { text: 'hello' }, THREAD),
  event('message.sent', 'c_thread', T(10, '01:00:00.000'), THREAD, {
    messageId: 'thread_agent',
    payload: { sender: { kind: 'agent', agentId: 'a_1' }, isTemplate: false, contentType: 'text' },
  }),
  received('c_thread', T(11, '00:59:59.999'), { text: 'again #SPRING24' }, THREAD),
  event('conversation.updated', 'c_thread', T(11, '10:00:00.000'), THREAD, { payload: { action: 'resolved' } }),
  received('c_thread', T(11, '12:00:00.000'), { text: 'new question #SPRING24' }, THREAD),
  // Another tenant's events never count.
  received('c_ad', T(10, '09:30:00.000'), ad('ad_42'), { tenantId: OTHER }),
  conversion('c_ad', T(10, '12:30:00.000'), 1000, 'EUR', { tenantId: OTHER }),
];

describe('campaign analytics on chDB (hand-computed)', () => {
  let wh: TestWarehouse;
  let service: CampaignAnalyticsService;
  let scope: AnalyticsScope;

  const serviceFor = (campaigns: CampaignView[]) =>
    new CampaignAnalyticsService(
      { resolve: () => Promise.resolve(scope) } as unknown as AnalyticsScopeFactory,
      new CampaignAnalyticsRepository(wh),
      { campaignsOf: () => Promise.resolve(campaigns) } as unknown as CampaignsService,
      { forTenant: () => Promise.resolve(SETTINGS) },
    );
  const FILTER = { from: '2025-03-10', to: '2025-03-11' };
  const rowsByKey = (rows: CampaignPerformanceRowModel[]) => new Map(rows.map((row) => [row.key, row]));

  beforeAll(async () => {
    wh = await testWarehouse();
    await wh.sink.insertEvents(EVENTS);
    // Replays change nothing.
    await wh.sink.insertEvents(EVENTS.slice(0, 12));
    await refreshTestRollups(wh);
    service = serviceFor(CAMPAIGNS);
  }, 60_000);
  afterAll(() => dropTestDatabase(wh));
  beforeEach(() => {
    scope = analyticsScope({ tenantId: TENANT, timeZone: 'Europe/Berlin' });
  });

  it('counts conversations per campaign, matched with matchCampaign, under last touch', async () => {
    const result = await service.campaignPerformance(TENANT, FILTER, CampaignDimension.CAMPAIGN, null);
    const rows = rowsByKey(result.rows);
    const pick = (key: string) => {
      const row = rows.get(key)!;
      return [row.conversations, row.uniqueContacts, row.newOptIns, row.conversions, row.revenue];
    };
    expect(pick('ad_spring')).toEqual([2, 2, 0, 3, 155]);
    expect(pick('tg_start')).toEqual([1, 1, 1, 0, 0]);
    for (const key of ['fb_ref', 'viber_ctx', 'vk_ref', 'utm_camp', 'qr_store', 'code_camp']) {
      expect([key, ...pick(key)]).toEqual([key, 1, 1, 0, 0, 0]);
    }
    expect(pick('organic')).toEqual([4, 4, 0, 4, 10]);
    expect(pick('broadcast_1')).toEqual([0, 0, 0, 1, 30]);
    expect(rows.get('broadcast_1')).toMatchObject({ messagesSent: 1, replies: 1, spend: 9, costPerConversion: 9 });
    expect(rows.get('broadcast_1')!.roas).toBeCloseTo(30 / 9, 10);
    expect(rows.get('ad_spring')).toMatchObject({ spend: 80, costPerConversation: 40, roas: 155 / 80 });
    expect(rows.get('ad_spring')!.costPerConversion).toBeCloseTo(80 / 3, 10);
    expect(rows.get('organic')).toMatchObject({ spend: null, campaign: null, sourceKind: TouchpointKind.ORGANIC });
    expect(rows.get('pln_camp')).toMatchObject({ conversations: 0, spend: null });
    expect(rows.has('ad_old')).toBe(false);
    expect(rows.has('tg_only')).toBe(false);
    expect(result.total).toMatchObject({
      conversations: 13,
      uniqueContacts: 13,
      conversions: 8,
      revenue: 195,
      spend: 89,
    });
    expect(result.unconvertedCurrencies).toEqual(['PLN']);
    expect(result.rows[0].key).toBe('organic');
    expect(result.days).toEqual([
      { date: '2025-03-10', conversations: 12, conversions: 8, revenue: 195, spend: 59 },
      { date: '2025-03-11', conversations: 1, conversions: 0, revenue: 0, spend: 30 },
    ]);
    expect(result).toMatchObject({ windowDays: 7, currency: 'EUR', model: AttributionModel.LAST_TOUCH });
  });

  it('credits first touches under first touch', async () => {
    const result = await service.campaignPerformance(
      TENANT,
      FILTER,
      CampaignDimension.CAMPAIGN,
      AttributionModel.FIRST_TOUCH,
    );
    const conversions = Object.fromEntries(
      result.rows.filter((r) => r.conversions > 0).map((r) => [r.key, [r.conversions, r.revenue]]),
    );
    expect(conversions).toEqual({
      ad_spring: [3, 110],
      code_camp: [1, 45],
      broadcast_1: [1, 30],
      organic: [3, 10],
    });
  });

  it('groups by source kind and by channel', async () => {
    const bySource = await service.campaignPerformance(TENANT, FILTER, CampaignDimension.SOURCE, null);
    const sources = Object.fromEntries(bySource.rows.map((r) => [r.key, [r.conversations, r.conversions]]));
    expect(sources).toEqual({
      ad: [4, 3],
      deeplink: [3, 0],
      shortlink: [1, 0],
      widget: [1, 0],
      prefill_code: [2, 0],
      organic: [2, 4],
      campaign_reply: [0, 1],
    });
    expect(bySource.rows.find((r) => r.key === 'campaign_reply')).toMatchObject({
      messagesSent: 1,
      replies: 1,
      sourceKind: TouchpointKind.CAMPAIGN_REPLY,
      spend: null,
    });
    const byChannel = await service.campaignPerformance(TENANT, FILTER, CampaignDimension.CHANNEL, null);
    const channels = Object.fromEntries(byChannel.rows.map((r) => [r.key, r.conversations]));
    expect(channels).toEqual({ whatsapp: 8, telegram: 1, messenger: 1, viber: 1, vk: 1, webchat: 1 });
    expect(byChannel.rows.find((r) => r.key === 'whatsapp')).toMatchObject({ conversions: 8, spend: 89 });
  });

  it('filters by campaign keys and channels', async () => {
    scope = analyticsScope({ tenantId: TENANT, timeZone: 'Europe/Berlin', campaignKeys: ['ad_spring'] });
    const result = await service.campaignPerformance(TENANT, FILTER, CampaignDimension.CAMPAIGN, null);
    expect(result.rows.map((r) => r.key)).toEqual(['ad_spring']);
    expect(result.total).toMatchObject({ conversations: 2, conversions: 3, revenue: 155, spend: 80 });
    scope = analyticsScope({ tenantId: TENANT, timeZone: 'Europe/Berlin', campaignKeys: [] });
    const nothing = await service.campaignPerformance(TENANT, FILTER, CampaignDimension.CAMPAIGN, null);
    expect(nothing.total).toMatchObject({ conversations: 0, conversions: 0, spend: null });
    scope = analyticsScope({ tenantId: TENANT, timeZone: 'Europe/Berlin', channels: ['telegram'] });
    const telegram = await service.campaignPerformance(TENANT, FILTER, CampaignDimension.CAMPAIGN, null);
    expect(telegram.rows.map((r) => [r.key, r.conversations])).toEqual([['tg_start', 1]]);
  });

  it('lists the conversations behind a row, newest first, with their source, in pages', async () => {
    const first = await service.attributedConversations(
      TENANT,
      FILTER,
      { dimension: CampaignDimension.CAMPAIGN, key: 'ad_spring' },
      { first: 1 },
    );
    expect(first.totalCount).toBe(2);
    expect(first.nodes).toEqual([
      expect.objectContaining({
        contactId: 'c_after',
        sourceKind: TouchpointKind.AD,
        sourceDetail: 'ad ad_42',
        startedAt: new Date(T(10, '09:00:00.001')),
      }),
    ]);
    expect(first.nodes[0].campaign?.key).toBe('ad_spring');
    const second = await service.attributedConversations(
      TENANT,
      FILTER,
      { dimension: CampaignDimension.CAMPAIGN, key: 'ad_spring' },
      { first: 1, after: first.pageInfo.endCursor },
    );
    expect(second.nodes.map((n) => [n.contactId, n.conversationId])).toEqual([['c_ad', 'k_ad']]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const qr = await service.attributedConversations(
      TENANT,
      FILTER,
      { dimension: CampaignDimension.CAMPAIGN, key: 'qr_store' },
      null,
    );
    expect(qr.nodes.map((n) => [n.sourceKind, n.sourceDetail])).toEqual([
      [TouchpointKind.PREFILL_CODE, 'codes QR-STORE-24'],
    ]);
    const tuesday = await service.attributedConversations(TENANT, FILTER, { date: '2025-03-11' }, null);
    expect(tuesday.nodes.map((n) => n.contactId)).toEqual(['c_code']);
  });

  it('lists conversions with the credited touch', async () => {
    const page = await service.attributedConversions(
      TENANT,
      FILTER,
      AttributionModel.LAST_TOUCH,
      { dimension: CampaignDimension.CAMPAIGN, key: 'ad_spring' },
      null,
    );
    expect(page.totalCount).toBe(3);
    expect(
      page.nodes.map((n) => [n.contactId, n.value, n.currency, n.valueConverted, n.touchAt?.toISOString()]),
    ).toEqual([
      ['c_multi', 50, 'USD', 45, T(9, '10:00:00.000')],
      ['c_win', 10, 'EUR', 10, T(3, '12:00:00.000')],
      ['c_ad', 100, 'EUR', 100, T(10, '09:00:00.000')],
    ]);
    const organic = await service.attributedConversions(
      TENANT,
      FILTER,
      AttributionModel.LAST_TOUCH,
      { dimension: CampaignDimension.CAMPAIGN, key: 'organic' },
      null,
    );
    expect(organic.nodes.map((n) => [n.contactId, n.sourceKind, n.valueConverted])).toEqual([
      ['c_orglast', TouchpointKind.ORGANIC, null],
      ['c_win2', TouchpointKind.ORGANIC, 10],
      ['c_out_late', TouchpointKind.ORGANIC, null],
      ['c_after', TouchpointKind.ORGANIC, null],
    ]);
    expect(organic.nodes.map((n) => n.touchAt === null)).toEqual([false, true, false, true]);
  });

  it('takes the first customer message of conversations split by silence or a resolution', async () => {
    scope = analyticsScope({ tenantId: 'tenant_attribution_threads', timeZone: 'Europe/Berlin' });
    const result = await service.campaignPerformance(TENANT, FILTER, CampaignDimension.CAMPAIGN, null);
    expect(result.rows.filter((r) => r.conversations > 0).map((r) => [r.key, r.conversations])).toEqual([
      ['code_camp', 1],
      ['organic', 1],
    ]);
    expect(result.days.map((d) => d.conversations)).toEqual([1, 1]);
  });

  it('finds codes without a marker however many codes the campaigns have (searched in chunks)', async () => {
    // 300 other codes (600 needles with their full-width forms) come first: QR-STORE-24 is in the third chunk.
    const many = Array.from({ length: 300 }, (_, i) =>
      campaign(`filler_${i}`, [{ kind: 'qr_code', value: `FILL-${i}` }]),
    );
    const result = await serviceFor([...many, ...CAMPAIGNS]).campaignPerformance(
      TENANT,
      FILTER,
      CampaignDimension.CAMPAIGN,
      null,
    );
    expect(rowsByKey(result.rows).get('qr_store')).toMatchObject({ conversations: 1 });
    expect(result.total).toMatchObject({ conversations: 13, conversions: 8 });
  });

  it('ignores campaigns it does not know and other tenants', async () => {
    const noCampaigns = serviceFor([]);
    const result = await noCampaigns.campaignPerformance(TENANT, FILTER, CampaignDimension.CAMPAIGN, null);
    expect(result.rows.map((r) => [r.key, r.conversations, r.conversions])).toEqual([
      ['organic', 13, 7],
      ['broadcast_1', 0, 1],
    ]);
    scope = analyticsScope({ tenantId: OTHER, timeZone: 'Europe/Berlin' });
    const other = await service.campaignPerformance(OTHER, FILTER, CampaignDimension.CAMPAIGN, null);
    expect(other.total).toMatchObject({ conversations: 1, conversions: 1, revenue: 1000 });
  });

  it('remembers figures only until a rebuild changes them', async () => {
    const FRESH: Where = { tenantId: 'tenant_attribution_fresh' };
    scope = analyticsScope({ tenantId: FRESH.tenantId!, timeZone: 'Europe/Berlin' });
    await wh.sink.insertEvents([received('f_1', T(10, '09:00:00.000'), ad('ad_1001'), FRESH)]);
    await refreshTestRollups(wh);
    const figures = async () => {
      const result = await service.campaignPerformance(FRESH.tenantId!, FILTER, CampaignDimension.CAMPAIGN, null);
      const conversions = await service.attributedConversions(FRESH.tenantId!, FILTER, null, null, null);
      return [result.total.conversations, result.total.newOptIns, result.total.conversions, conversions.totalCount];
    };
    expect(await figures()).toEqual([1, 0, 0, 0]);
    expect(await figures()).toEqual([1, 0, 0, 0]);
    // touches, opt-ins and conversions come from the rollups: counted after the next rebuild
    await wh.sink.insertEvents([
      received('f_2', T(11, '09:00:00.000'), {}, FRESH),
      { ...optIn('f_1', T(10, '10:00:00.000')), tenantId: FRESH.tenantId! },
      conversion('f_1', T(10, '12:00:00.000'), 10, 'EUR', FRESH),
    ]);
    expect(await figures()).toEqual([1, 0, 0, 0]);
    await refreshTestRollups(wh);
    expect(await figures()).toEqual([2, 1, 1, 1]);
  });
});
