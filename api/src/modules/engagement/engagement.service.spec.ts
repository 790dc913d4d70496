import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { ComplaintDimension } from '../complaints/dtos/complaints.enums';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { UnavailableReason } from '../overview/dtos/metric.model';
import { EngagementDimension, ReadTimeBucket } from './dtos/engagement.enums';
import { checkedDrillDown, EngagementService, toHistogram, toReadTimeStats } from './engagement.service';
import type { StatsColumns } from './queries/engagement-scope.fragment';

const scope = {
  tenantId: 't',
  timeZone: 'UTC',
  period: { from: '2025-03-10', to: '2025-03-11' },
  channels: null,
} as AnalyticsScope;
const row = (over: Partial<StatsColumns> = {}): StatsColumns => ({
  sent: 4,
  delivered: 3,
  read: 2,
  sent_measured: 4,
  delivered_measured: 3,
  sent_read_channels: 4,
  read_base: 3,
  read_measured: 2,
  timed_reads: 2,
  quantiles: [10, 20, 30],
  mean: 15,
  ...over,
});

describe('toReadTimeStats', () => {
  it('computes rates and passes quantiles through', () => {
    expect(toReadTimeStats(row(), null)).toMatchObject({
      deliveryRate: 0.75,
      readRate: 2 / 3,
      medianSeconds: 10,
      p90Seconds: 20,
      p99Seconds: 30,
      meanSeconds: 15,
      readReceipts: true,
    });
  });

  it('flags channels without receipts as NOT_MEASURABLE and empty sets as NO_DATA', () => {
    expect(toReadTimeStats(row(), ['telegram', 'sms'])).toMatchObject({
      readRate: null,
      readRateUnavailableReason: UnavailableReason.NOT_MEASURABLE,
      medianSeconds: null,
      timedReads: 0,
      readReceipts: false,
    });
    expect(toReadTimeStats(row({ sent_read_channels: 0 }), null).readRateUnavailableReason).toBe(
      UnavailableReason.NOT_MEASURABLE,
    );
    const empty = toReadTimeStats(
      row({ sent: 0, sent_measured: 0, sent_read_channels: 0, read_base: 0, timed_reads: 0 }),
      null,
    );
    expect(empty).toMatchObject({
      deliveryRateUnavailableReason: UnavailableReason.NO_DATA,
      readRateUnavailableReason: UnavailableReason.NO_DATA,
      medianSeconds: null,
    });
  });
});

describe('toHistogram', () => {
  it('lists all six buckets in order with shares of the timed reads', () => {
    const histogram = toHistogram([
      { bucket: 5, count: 1 },
      { bucket: 0, count: 3 },
    ]);
    expect(histogram.map((b) => [b.bucket, b.count, b.share])).toEqual([
      [ReadTimeBucket.UNDER_1_MIN, 3, 0.75],
      [ReadTimeBucket.MIN_1_TO_5, 0, 0],
      [ReadTimeBucket.MIN_5_TO_30, 0, 0],
      [ReadTimeBucket.MIN_30_TO_2_H, 0, 0],
      [ReadTimeBucket.H_2_TO_24, 0, 0],
      [ReadTimeBucket.OVER_24_H, 1, 0.25],
    ]);
  });
});

describe('checkedDrillDown', () => {
  it('maps a drill-down to query parameters', () => {
    expect(
      checkedDrillDown(
        {
          dimension: EngagementDimension.TEMPLATE,
          key: 'promo|en',
          bucket: ReadTimeBucket.MIN_5_TO_30,
          status: 'read',
        },
        scope,
      ),
    ).toEqual({
      dimension: 'template',
      complaintBy: null,
      key: 'promo|en',
      date: null,
      bucket: 2,
      dayOfWeek: null,
      hour: null,
      status: 'read',
      channel: null,
      accountId: null,
      errorCode: null,
    });
  });

  it('maps a complaint breakdown row to its complained messages', () => {
    expect(
      checkedDrillDown(
        { complaintDimension: ComplaintDimension.CATEGORY, key: 'MARKETING', status: 'complained' },
        scope,
      ),
    ).toMatchObject({ dimension: null, complaintBy: 'CATEGORY', key: 'MARKETING', status: 'complained' });
  });

  it("keeps the channel, the sending account and the error code ('' = failed without a code)", () => {
    expect(checkedDrillDown({ channel: 'whatsapp', accountId: '+4930111', errorCode: '' }, scope)).toMatchObject({
      dimension: null,
      channel: 'whatsapp',
      accountId: '+4930111',
      errorCode: '',
    });
  });

  it.each([
    { key: 'x' },
    { dimension: EngagementDimension.CAMPAIGN },
    { date: '2025-03-12' },
    { date: '10.03.2025' },
    { hour: -1 },
    { dayOfWeek: 8 },
    { status: 'seen' },
    { accountId: '' },
    { complaintDimension: ComplaintDimension.TEMPLATE },
    { complaintDimension: ComplaintDimension.TEMPLATE, dimension: EngagementDimension.TEMPLATE, key: 'promo' },
  ])('refuses %j with BAD_USER_INPUT', (drill) => {
    expect(() => checkedDrillDown(drill, scope)).toThrow(BadUserInputError);
  });
});

describe('EngagementService', () => {
  it('labels groups from the relational store and the template key, and fills every day', async () => {
    const service = new EngagementService(
      { resolve: () => Promise.resolve(scope) },
      {
        refreshedAt: () => Promise.resolve(new Date('2025-03-12T08:00:00Z')),
        figures: () => Promise.resolve({ stats: [{ ...row(), day: '' }], histogram: [], heatmap: [] }),
        groups: () =>
          Promise.resolve([
            { ...row(), group_key: 'spring', group_channel: '' },
            { ...row(), group_key: '', group_channel: '' },
          ]),
        messages: () => Promise.resolve([]),
        messageCount: () => Promise.resolve(0),
        failureReasons: () => Promise.resolve([]),
      },
      {
        accountsByExternalIds: () => Promise.resolve([]),
        campaignsByKeys: (_tenant, keys) =>
          Promise.resolve(keys.includes('spring') ? ([{ key: 'spring', name: 'Spring sale' }] as never) : []),
      },
    );
    const result = await service.engagement(
      't',
      { from: '2025-03-10', to: '2025-03-11' },
      EngagementDimension.CAMPAIGN,
    );
    expect(result.asOf).toEqual(new Date('2025-03-12T08:00:00Z'));
    expect(result.groups.map((g) => g.label)).toEqual(['Spring sale', 'None']);
    expect(result.days.map((d) => [d.date, d.sent])).toEqual([
      ['2025-03-10', 0],
      ['2025-03-11', 0],
    ]);
  });
});
