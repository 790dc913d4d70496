import { AppError } from '../../common/errors/app-error';
import type { AnalyticsScope, DateRange } from './analytics-scope';
import { AnalyticsScopeFactory } from './analytics-scope.factory';
import type { AnalyticsFilterInput } from './dtos/analytics-filter.input';
import type { ViolationFilterInput } from '../compliance/dtos/violation-filter.input';
import { OverviewService } from './overview.service';
import type { BusinessMessagesRow } from './queries/business-messages.query';
import type { ComplaintsRow } from './queries/complaints.query';
import type { CustomerMessagesRow } from './queries/customer-messages.query';
import type { FirstResponseRow } from './queries/first-response.query';
import type { NpsRow } from './queries/nps.query';
import type { ActiveConversationsRow } from './queries/active-conversations.query';

interface Rows {
  business: BusinessMessagesRow[];
  customer: CustomerMessagesRow[];
  conversations: ActiveConversationsRow[];
  firstResponse: FirstResponseRow[];
  nps: NpsRow[];
  complaints: ComplaintsRow[];
}

const NONE: Rows = { business: [], customer: [], conversations: [], firstResponse: [], nps: [], complaints: [] };

function business(day: string, channel: string, counts: Partial<BusinessMessagesRow>): BusinessMessagesRow {
  return {
    day,
    channel,
    sent: 0,
    delivered: 0,
    read: 0,
    sent_measured: 0,
    delivered_measured: 0,
    read_base: 0,
    read_measured: 0,
    timed_reads: 0,
    median_time_to_read_seconds: null,
    ...counts,
  };
}

/** A warehouse that answers from fixed rows per period (keyed by `from`) and records the scopes it was asked. */
class FakeRepository {
  readonly scopes: Array<{ scope: AnalyticsScope; range: DateRange }> = [];
  constructor(private readonly byFrom: Record<string, Rows>) {}
  private rows(scope: AnalyticsScope, range: DateRange): Rows {
    this.scopes.push({ scope, range });
    return this.byFrom[range.from] ?? NONE;
  }
  businessMessages = (s: AnalyticsScope, r: DateRange) => Promise.resolve(this.rows(s, r).business);
  customerMessages = (s: AnalyticsScope, r: DateRange) => Promise.resolve(this.rows(s, r).customer);
  activeConversations = (s: AnalyticsScope, r: DateRange) => Promise.resolve(this.rows(s, r).conversations);
  firstResponse = (s: AnalyticsScope, r: DateRange) => Promise.resolve(this.rows(s, r).firstResponse);
  nps = (s: AnalyticsScope, r: DateRange) => Promise.resolve(this.rows(s, r).nps);
  complaints = (s: AnalyticsScope, r: DateRange) => Promise.resolve(this.rows(s, r).complaints);
}

// Settings lookups of tenant_a: account acc_1 → phone_1, agent ag_1 → agent_ext_1, campaign cmp_1 → spring.
const lookups = {
  timeZones: { timeZone: (tenantId: string) => Promise.resolve(tenantId === 'tenant_a' ? 'Europe/Kyiv' : 'UTC') },
  accounts: {
    externalIdsFor: (tenantId: string, ids: string[]) =>
      Promise.resolve(tenantId === 'tenant_a' ? ids.filter((id) => id === 'acc_1').map(() => 'phone_1') : []),
  },
  agents: {
    externalIdsFor: (tenantId: string, ids: string[]) =>
      Promise.resolve(tenantId === 'tenant_a' ? ids.filter((id) => id === 'ag_1').map(() => 'agent_ext_1') : []),
  },
  campaigns: {
    keysFor: (tenantId: string, ids: string[]) =>
      Promise.resolve(tenantId === 'tenant_a' ? ids.filter((id) => id === 'cmp_1').map(() => 'spring') : []),
  },
};

/** Open violations per day, by the period's first day; the filters each read was asked with. */
class FakeViolations {
  readonly filters: ViolationFilterInput[] = [];
  constructor(private readonly byFrom: Record<string, Record<string, number>>) {}
  openByDay(_tenantId: string, filter: ViolationFilterInput): Promise<Map<string, number>> {
    this.filters.push(filter);
    return Promise.resolve(new Map(Object.entries(this.byFrom[filter.from] ?? {})));
  }
}

function serviceWith(byFrom: Record<string, Rows> = {}, violationsByFrom: Record<string, Record<string, number>> = {}) {
  const repository = new FakeRepository(byFrom);
  const violations = new FakeViolations(violationsByFrom);
  const scopes = new AnalyticsScopeFactory(lookups.timeZones, lookups.accounts, lookups.agents, lookups.campaigns);
  return { service: new OverviewService(scopes, repository, violations), repository, violations };
}

const FILTER: AnalyticsFilterInput = { from: '2025-03-10', to: '2025-03-11' };

// Current period 10–11 March, previous 8–9 March.
const CURRENT: Rows = {
  business: [
    business('', '', {
      sent: 10,
      delivered: 8,
      read: 4,
      sent_measured: 8,
      delivered_measured: 6,
      read_base: 5,
      read_measured: 4,
      timed_reads: 4,
      median_time_to_read_seconds: 90,
    }),
    business('2025-03-10', '', {
      sent: 10,
      delivered: 8,
      read: 4,
      sent_measured: 8,
      delivered_measured: 6,
      read_base: 5,
      read_measured: 4,
      timed_reads: 4,
      median_time_to_read_seconds: 90,
    }),
    business('2025-03-10', 'whatsapp', { sent: 6, delivered: 5, read: 4 }),
    business('2025-03-10', 'telegram', { sent: 2 }),
    business('2025-03-10', 'sms', { sent: 2, delivered: 1 }),
  ],
  customer: [
    { day: '2025-03-10', channel: 'whatsapp', received: 3 },
    { day: '2025-03-11', channel: 'telegram', received: 2 },
  ],
  conversations: [
    { day: '', conversations: 4 },
    { day: '2025-03-10', conversations: 3 },
    { day: '2025-03-11', conversations: 2 },
  ],
  firstResponse: [
    { day: '', answered: 3, median_seconds: 120 },
    { day: '2025-03-10', answered: 3, median_seconds: 120 },
  ],
  nps: [
    { day: '2025-03-10', responses: 4, promoters: 2, detractors: 1 },
    { day: '2025-03-11', responses: 1, promoters: 0, detractors: 1 },
  ],
  complaints: [{ day: '2025-03-10', complaints: 2, delivered: 4 }],
};
const PREVIOUS: Rows = {
  ...NONE,
  business: [
    business('', '', {
      sent: 5,
      sent_measured: 4,
      delivered_measured: 2,
      read_base: 2,
      read_measured: 2,
      timed_reads: 2,
      median_time_to_read_seconds: 60,
    }),
  ],
  conversations: [{ day: '', conversations: 0 }],
  nps: [{ day: '2025-03-09', responses: 2, promoters: 0, detractors: 1 }],
  complaints: [{ day: '2025-03-09', complaints: 0, delivered: 2 }],
};

describe('OverviewService', () => {
  it('computes every figure, its previous value, change and daily series', async () => {
    const { service } = serviceWith({ '2025-03-10': CURRENT, '2025-03-08': PREVIOUS });
    const overview = await service.overview('tenant_a', FILTER);
    expect(overview).toMatchObject({
      timeZone: 'Europe/Kyiv',
      period: { from: '2025-03-10', to: '2025-03-11' },
      previousPeriod: { from: '2025-03-08', to: '2025-03-09' },
    });
    expect(overview.messages).toEqual({
      value: 15,
      previousValue: 5,
      change: 2,
      unit: 'COUNT',
      sampleSize: 15,
      unavailableReason: null,
      series: [
        { date: '2025-03-10', value: 13 },
        { date: '2025-03-11', value: 2 },
      ],
    });
    expect(overview.deliveryRate).toMatchObject({
      value: 0.75,
      previousValue: 0.5,
      change: 0.5,
      unit: 'RATIO',
      sampleSize: 8,
    });
    expect(overview.deliveryRate.series).toEqual([
      { date: '2025-03-10', value: 0.75 },
      { date: '2025-03-11', value: null },
    ]);
    expect(overview.readRate).toMatchObject({ value: 0.8, previousValue: 1, sampleSize: 5 });
    expect(overview.readRate.change).toBeCloseTo(-0.2);
    expect(overview.medianTimeToReadSeconds).toMatchObject({
      value: 90,
      previousValue: 60,
      change: 0.5,
      unit: 'SECONDS',
      sampleSize: 4,
    });
    // No conversations before: 0 is a real count, but a change from 0 is not computable.
    expect(overview.activeConversations).toMatchObject({ value: 4, previousValue: 0, change: null, sampleSize: 4 });
    expect(overview.activeConversations.series).toEqual([
      { date: '2025-03-10', value: 3 },
      { date: '2025-03-11', value: 2 },
    ]);
    expect(overview.medianFirstResponseSeconds).toMatchObject({
      value: 120,
      previousValue: null,
      change: null,
      sampleSize: 3,
    });
    expect(overview.medianFirstResponseSeconds.series).toEqual([
      { date: '2025-03-10', value: 120 },
      { date: '2025-03-11', value: null },
    ]);
    // NPS: 2 promoters, 2 detractors of 5 → 0; before: 0 − 1 of 2 → −50; day 10: (2 − 1) / 4 → 25, day 11: −100.
    expect(overview.nps).toMatchObject({ value: 0, previousValue: -50, change: 1, unit: 'SCORE', sampleSize: 5 });
    expect(overview.nps.series).toEqual([
      { date: '2025-03-10', value: 25 },
      { date: '2025-03-11', value: -100 },
    ]);
    // 2 complaints per 4 delivered business-initiated messages → 500 per thousand; none before → 0.
    expect(overview.complaintRate).toMatchObject({
      value: 500,
      previousValue: 0,
      change: null,
      unit: 'PER_THOUSAND',
      sampleSize: 4,
    });
    // No violation in either period: 0, not "no data".
    expect(overview.openViolations).toMatchObject({ value: 0, previousValue: 0, unit: 'COUNT', sampleSize: 0 });
  });

  it('counts open violations per day of occurrence against the period before, with the page filters', async () => {
    const { service, violations } = serviceWith(
      {},
      { '2025-03-10': { '2025-03-10': 3, '2025-03-11': 1 }, '2025-03-08': { '2025-03-09': 2 } },
    );
    const overview = await service.overview('tenant_a', { ...FILTER, accountIds: ['acc_1'], campaignIds: ['cmp_1'] });
    expect(overview.openViolations).toEqual({
      value: 4,
      previousValue: 2,
      change: 1,
      unit: 'COUNT',
      sampleSize: 4,
      unavailableReason: null,
      series: [
        { date: '2025-03-10', value: 3 },
        { date: '2025-03-11', value: 1 },
      ],
    });
    expect(violations.filters).toEqual([
      { from: '2025-03-10', to: '2025-03-11', channels: null, accountIds: ['acc_1'], campaignIds: ['cmp_1'] },
      { from: '2025-03-08', to: '2025-03-09', channels: null, accountIds: ['acc_1'], campaignIds: ['cmp_1'] },
    ]);
  });

  it('leaves open violations unmeasured for an agent filter: violations are not tied to agents', async () => {
    const { service, violations } = serviceWith();
    const overview = await service.overview('tenant_a', { ...FILTER, agentIds: ['ag_1'] });
    expect(overview.openViolations).toMatchObject({ value: null, unavailableReason: 'NOT_MEASURABLE' });
    expect(violations.filters).toEqual([]);
  });

  it('summarises channels, flags missing receipts and fills the volume grid with zeros', async () => {
    const { service } = serviceWith({ '2025-03-10': CURRENT });
    const overview = await service.overview('tenant_a', FILTER);
    expect(overview.channels).toEqual([
      {
        channel: 'whatsapp',
        sent: 6,
        delivered: 5,
        read: 4,
        received: 3,
        deliveryRate: 5 / 6,
        readRate: 0.8,
        readReceipts: true,
        deliveryReceipts: true,
      },
      {
        channel: 'telegram',
        sent: 2,
        delivered: 0,
        read: 0,
        received: 2,
        deliveryRate: null,
        readRate: null,
        readReceipts: false,
        deliveryReceipts: false,
      },
      {
        channel: 'sms',
        sent: 2,
        delivered: 1,
        read: 0,
        received: 0,
        deliveryRate: 0.5,
        readRate: null,
        readReceipts: false,
        deliveryReceipts: true,
      },
    ]);
    expect(overview.volumeByChannelAndDay).toHaveLength(6);
    expect(overview.volumeByChannelAndDay).toContainEqual({
      date: '2025-03-11',
      channel: 'telegram',
      sent: 0,
      received: 2,
    });
    expect(overview.volumeByChannelAndDay).toContainEqual({
      date: '2025-03-11',
      channel: 'whatsapp',
      sent: 0,
      received: 0,
    });
  });

  it('says NO_DATA for rates and medians of an empty period while counts are 0', async () => {
    const { service } = serviceWith();
    const overview = await service.overview('tenant_a', FILTER);
    for (const metric of [
      overview.deliveryRate,
      overview.readRate,
      overview.medianTimeToReadSeconds,
      overview.medianFirstResponseSeconds,
      overview.nps,
      overview.complaintRate,
    ]) {
      expect(metric).toMatchObject({
        value: null,
        previousValue: null,
        change: null,
        unavailableReason: 'NO_DATA',
        series: [],
      });
    }
    expect(overview.messages).toMatchObject({
      value: 0,
      unavailableReason: null,
      series: [
        { date: '2025-03-10', value: 0 },
        { date: '2025-03-11', value: 0 },
      ],
    });
    expect(overview.activeConversations).toMatchObject({ value: 0, unavailableReason: null });
    expect(overview.channels).toEqual([]);
    expect(overview.volumeByChannelAndDay).toEqual([]);
  });

  it('says NOT_MEASURABLE for read figures when only channels without read receipts are selected', async () => {
    const { service } = serviceWith({ '2025-03-10': CURRENT });
    const smsOnly = await service.overview('tenant_a', { ...FILTER, channels: ['sms', 'telegram'] });
    expect(smsOnly.readRate).toMatchObject({ value: null, unavailableReason: 'NOT_MEASURABLE', series: [] });
    expect(smsOnly.medianTimeToReadSeconds).toMatchObject({ value: null, unavailableReason: 'NOT_MEASURABLE' });
    expect(smsOnly.deliveryRate.unavailableReason).toBeNull();
    const telegramOnly = await service.overview('tenant_a', { ...FILTER, channels: ['telegram'] });
    expect(telegramOnly.deliveryRate.unavailableReason).toBe('NOT_MEASURABLE');
    expect(telegramOnly.complaintRate.unavailableReason).toBe('NOT_MEASURABLE');
    expect(telegramOnly.messages.unavailableReason).toBeNull();
  });

  it('asks the warehouse for the period and the same-length period before it in the tenant time zone', async () => {
    const { service, repository } = serviceWith();
    await service.overview('tenant_a', { from: '2025-03-01', to: '2025-03-31' });
    expect(new Set(repository.scopes.map((s) => `${s.range.from}..${s.range.to}`))).toEqual(
      new Set(['2025-03-01..2025-03-31', '2025-01-29..2025-02-28']),
    );
    expect(repository.scopes[0].scope).toMatchObject({
      tenantId: 'tenant_a',
      timeZone: 'Europe/Kyiv',
      channels: null,
      accountIds: null,
      agentIds: null,
      campaignKeys: null,
    });
  });

  it('maps filter ids to event ids within the tenant; unknown or foreign ids select nothing', async () => {
    const { service, repository } = serviceWith();
    await service.overview('tenant_a', {
      ...FILTER,
      accountIds: ['acc_1', 'acc_1', 'acc_x'],
      agentIds: ['ag_1'],
      campaignIds: ['cmp_1'],
      channels: ['whatsapp', 'whatsapp'],
    });
    expect(repository.scopes.at(-1)!.scope).toMatchObject({
      accountIds: ['phone_1'],
      agentIds: ['agent_ext_1'],
      campaignKeys: ['spring'],
      channels: ['whatsapp'],
    });
    await service.overview('tenant_b', {
      ...FILTER,
      accountIds: ['acc_1'],
      agentIds: ['ag_1'],
      campaignIds: ['cmp_1'],
    });
    expect(repository.scopes.at(-1)!.scope).toMatchObject({
      tenantId: 'tenant_b',
      timeZone: 'UTC',
      accountIds: [],
      agentIds: [],
      campaignKeys: [],
    });
  });

  it.each([
    ['to before from', { from: '2025-03-10', to: '2025-03-09' }],
    ['more than 366 days', { from: '2024-01-01', to: '2025-01-02' }],
    ['not a date', { from: '2025-02-30', to: '2025-03-01' }],
  ])('rejects a period with %s as BAD_USER_INPUT', async (_name, filter) => {
    const { service, repository } = serviceWith();
    await expect(service.overview('tenant_a', filter)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(service.overview('tenant_a', filter)).rejects.toBeInstanceOf(AppError);
    expect(repository.scopes).toEqual([]);
  });

  it('accepts a period ending exactly 366 days after it starts', async () => {
    const { service } = serviceWith();
    const overview = await service.overview('tenant_a', { from: '2024-01-01', to: '2025-01-01' });
    expect(overview.messages.series).toHaveLength(367);
    expect(overview.previousPeriod).toEqual({ from: '2022-12-30', to: '2023-12-31' });
  });
});
