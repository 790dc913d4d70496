import type { CampaignView } from '../campaigns/campaigns.service';
import { analyticsScope } from '../../testing/analytics-fixtures';
import { buildPerformance } from './campaign-performance';
import { AttributionModel, CampaignDimension } from './dtos/campaign-analytics.enums';

const SETTINGS = {
  attributionWindowDays: 7,
  reportingCurrency: 'EUR',
  exchangeRates: new Map([['USD', 0.5]]),
  messagePrices: [],
};

const campaign = (key: string, currency: string, spend: { date: string; amount: number }[]) =>
  ({ id: key, key, name: key, channel: 'whatsapp', account: null, currency, spend }) as unknown as CampaignView;

describe('buildPerformance', () => {
  const scope = analyticsScope({ tenantId: 't', timeZone: 'UTC' });

  it('converts spend of the period days only, leaves out currencies without a rate and derives the ratios', () => {
    const result = buildPerformance({
      scope,
      dimension: CampaignDimension.CAMPAIGN,
      model: AttributionModel.LAST_TOUCH,
      settings: SETTINGS,
      campaigns: [
        campaign('usd', 'USD', [
          { date: '2025-03-09', amount: 1000 },
          { date: '2025-03-10', amount: 10 },
          { date: '2025-03-11', amount: 30 },
          { date: '2025-03-12', amount: 1000 },
        ]),
        campaign('jpy', 'JPY', [{ date: '2025-03-10', amount: 500 }]),
      ],
      conversations: [
        { key: 'usd', day: '', conversations: 4, unique_contacts: 3, new_opt_ins: 1 },
        { key: '', day: '', conversations: 4, unique_contacts: 3, new_opt_ins: 1 },
        { key: '', day: '2025-03-11', conversations: 4, unique_contacts: 3, new_opt_ins: 1 },
      ],
      messages: [],
      conversions: [
        { key: 'usd', day: '', currency: 'EUR', conversions: 1, valued: 1, value: 30 },
        { key: 'usd', day: '', currency: 'USD', conversions: 1, valued: 1, value: 20 },
        { key: 'usd', day: '', currency: '', conversions: 2, valued: 0, value: 0 },
        { key: '', day: '', currency: 'EUR', conversions: 1, valued: 1, value: 30 },
        { key: '', day: '', currency: 'USD', conversions: 1, valued: 1, value: 20 },
        { key: '', day: '', currency: '', conversions: 2, valued: 0, value: 0 },
      ],
    });
    expect(result.rows.map((r) => [r.key, r.conversions, r.revenue, r.spend, r.costPerConversation, r.roas])).toEqual([
      ['usd', 4, 40, 20, 5, 2],
      ['jpy', 0, 0, null, null, null],
    ]);
    expect(result.total).toMatchObject({
      conversations: 4,
      conversions: 4,
      revenue: 40,
      spend: 20,
      costPerConversion: 5,
    });
    expect(result.unconvertedCurrencies).toEqual(['JPY']);
    expect(result.days).toEqual([
      { date: '2025-03-10', conversations: 0, conversions: 0, revenue: 0, spend: 5 },
      { date: '2025-03-11', conversations: 4, conversions: 0, revenue: 0, spend: 15 },
    ]);
  });
});
