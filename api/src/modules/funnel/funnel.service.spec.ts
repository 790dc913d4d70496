import type { CampaignView } from '../campaigns/campaigns.service';
import type { MarketingSettingsValue } from '../marketing-settings/marketing-settings-value';
import { analyticsScope } from '../../testing/analytics-fixtures';
import { UnavailableReason } from '../overview/dtos/metric.model';
import { FunnelDimension } from './dtos/funnel.enums';
import { buildFunnel, FunnelService, MAX_FUNNEL_ROWS } from './funnel.service';
import type { FunnelRowsRow } from './queries/funnel-rows.query';

const SETTINGS: MarketingSettingsValue = {
  attributionWindowDays: 3,
  reportingCurrency: 'UAH',
  exchangeRates: new Map(),
  messagePrices: [{ channel: 'whatsapp', category: 'any', price: 2 }],
};

const row = (key: string, sent: number, extra: Partial<FunnelRowsRow> = {}): FunnelRowsRow => ({
  is_total: 0,
  key,
  sent,
  delivered: 0,
  read: 0,
  sent_measured: sent,
  delivered_measured: 0,
  sent_read_channels: sent,
  read_base: 0,
  read_measured: 0,
  timed_reads: 0,
  median_seconds_to_read: null,
  replied: 0,
  median_seconds_to_reply: null,
  converted: 0,
  opt_outs: 0,
  complaints: 0,
  opt_outs_measured: 0,
  complaints_measured: 0,
  delivered_business_initiated: 0,
  billable: [[], []],
  ...extra,
});

describe('FunnelService', () => {
  const scope = analyticsScope({ tenantId: 't1', timeZone: 'Europe/Kyiv' });

  it('labels campaign rows with the campaign name, the key when unknown, and "No campaign" for none', () => {
    const spring = { key: 'spring', name: 'Spring sale' } as CampaignView;
    const funnel = buildFunnel(
      scope,
      FunnelDimension.CAMPAIGN,
      SETTINGS,
      [row('', 5, { is_total: 1 }), row('spring', 3), row('', 1), row('gone', 1)],
      [spring],
    );
    expect(funnel).toMatchObject({ windowDays: 3, currency: 'UAH', timeZone: 'Europe/Kyiv', total: { sent: 5 } });
    expect(funnel.rows.map((r) => [r.key, r.label, r.campaign?.name ?? null])).toEqual([
      ['spring', 'Spring sale', 'Spring sale'],
      ['', 'No campaign', null],
      ['gone', 'gone', null],
    ]);
  });

  it('gives rates and times only when they have a base, with the reason otherwise', () => {
    const [whatsapp] = buildFunnel(
      scope,
      FunnelDimension.CHANNEL,
      SETTINGS,
      [
        row('whatsapp', 4, {
          delivered: 2,
          delivered_measured: 2,
          read_base: 2,
          replied: 1,
          median_seconds_to_reply: 60,
          converted: 1,
          complaints: 1,
          complaints_measured: 1,
          delivered_business_initiated: 2,
          billable: [['whatsapp|marketing'], [2]],
        }),
      ],
      [],
    ).rows;
    expect(whatsapp).toMatchObject({
      channel: 'whatsapp',
      deliveryRate: 0.5,
      readRate: 0,
      replyRate: 0.25,
      conversionRate: 0.25,
      medianSecondsToReply: 60,
      medianSecondsToRead: null,
      complaintRate: 500,
      optOutRate: 0,
      cost: 4,
      costPerMessage: 1,
    });
    expect(whatsapp.unavailable).toEqual([{ field: 'medianSecondsToRead', reason: UnavailableReason.NO_DATA }]);
  });

  it('marks receipts figures not measurable when only channels without them are selected', () => {
    const { total } = buildFunnel({ ...scope, channels: ['telegram'] }, FunnelDimension.CHANNEL, SETTINGS, [], []);
    expect(total).toMatchObject({ sent: 0, delivered: null, read: null, deliveryRate: null, replyRate: null });
    expect(total.unavailable).toContainEqual({ field: 'delivered', reason: UnavailableReason.NOT_MEASURABLE });
    expect(total.unavailable).toContainEqual({ field: 'replyRate', reason: UnavailableReason.NO_DATA });
  });

  it('lists at most 200 rows and asks for the campaigns of the listed keys only', async () => {
    const rows = [row('', 500, { is_total: 1 }), ...Array.from({ length: 250 }, (_, i) => row(`c${i}`, 2))];
    const byKeys = jest.fn((_tenant: string, keys: string[]) =>
      Promise.resolve(keys.map((key) => ({ key, name: key.toUpperCase() }) as CampaignView)),
    );
    const service = new FunnelService(
      { resolve: () => Promise.resolve(scope) },
      { rows: () => Promise.resolve(rows) },
      { byKeys },
      { forTenant: () => Promise.resolve(SETTINGS) },
    );
    const funnel = await service.funnel('t1', { from: '2025-03-10', to: '2025-03-11' }, FunnelDimension.CAMPAIGN);
    expect(funnel.rows).toHaveLength(MAX_FUNNEL_ROWS);
    expect(funnel.rows[0].label).toBe('C0');
    expect(byKeys.mock.calls[0][1]).toHaveLength(MAX_FUNNEL_ROWS);
  });
});
