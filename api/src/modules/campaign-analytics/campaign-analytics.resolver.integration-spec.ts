import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { whatsappEvent } from '../../testing/analytics-fixtures';
import { errorCodes, graphql } from '../../testing/graphql-client';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../testing/test-app';

const KEY = 'ck_bootstrap_campaign_analytics_0123456789ab';

const PERFORMANCE = `
  query Performance($filter: AnalyticsFilter!, $groupBy: CampaignDimension, $model: AttributionModel) {
    campaignPerformance(filter: $filter, groupBy: $groupBy, model: $model) {
      asOf timeZone windowDays currency unconvertedCurrencies model
      period { from to }
      total { conversations conversions revenue spend }
      rows { key label campaign { id key } conversations uniqueContacts conversions revenue spend costPerConversation costPerConversion roas }
      days { date conversations conversions revenue spend }
    }
  }`;

const CONVERSIONS = `
  query Conversions($filter: AnalyticsFilter!, $model: AttributionModel, $drillDown: CampaignDrillDown, $page: PageInput) {
    attributedConversions(filter: $filter, model: $model, drillDown: $drillDown, page: $page) {
      asOf
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { eventId occurredAt value currency valueConverted orderId sourceKind touchAt channel campaign { key } }
    }
  }`;

const CONVERSATIONS = `
  query Conversations($filter: AnalyticsFilter!, $drillDown: CampaignDrillDown, $page: PageInput) {
    attributedConversations(filter: $filter, drillDown: $drillDown, page: $page) {
      asOf
      totalCount
      nodes { conversationId channel accountExternalId contactId startedAt sourceKind sourceDetail campaign { key } }
    }
  }`;

interface Performance {
  campaignPerformance: {
    asOf: string | null;
    timeZone: string;
    windowDays: number;
    currency: string;
    unconvertedCurrencies: string[];
    total: { conversations: number; conversions: number; revenue: number; spend: number | null };
    rows: {
      key: string;
      campaign: { id: string } | null;
      conversations: number;
      conversions: number;
      spend: number | null;
      roas: number | null;
    }[];
    days: { date: string; conversations: number; spend: number }[];
  };
}

// Kyiv is UTC+2 in March 2025 (until the 30th): 10 March is [2025-03-09T22:00Z, 2025-03-10T22:00Z).
describe('campaign analytics over GraphQL (real app, chDB, relational store)', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;
  let campaignId: string;
  let refreshedFrom: number;
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(running.url, query, variables, { token: KEY });
  const FILTER = { from: '2025-03-10', to: '2025-03-10' };

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({ dataDir, warehouse, env: { CHECKMARK_BOOTSTRAP_API_KEY: KEY } });
    const me = await gql<{ me: { tenant: { id: string } } }>('{ me { tenant { id } } }');
    const tenantId = me.data!.me.tenant.id;
    const settings = await gql(`mutation { updateTenantSettings(input: { timeZone: "Europe/Kyiv" }) { timeZone } }`);
    expect(settings.errors).toBeUndefined();
    const marketing = await gql(
      `mutation { updateMarketingSettings(input: { attributionWindowDays: 3, reportingCurrency: "EUR",
        exchangeRates: [{ currency: "UAH", rate: 0.025 }] }) { attributionWindowDays } }`,
    );
    expect(marketing.errors).toBeUndefined();
    const created = await gql<{ createCampaign: { id: string } }>(
      `mutation { createCampaign(input: { key: "spring_ads", name: "Spring ads", channel: WHATSAPP, sourceKind: CTWA_AD,
        currency: "UAH", startsOn: "2025-03-01", endsOn: "2025-03-31", codes: [{ kind: AD_ID, value: "ad_42" }] }) { id } }`,
    );
    expect(created.errors).toBeUndefined();
    campaignId = created.data!.createCampaign.id;
    const spend = await gql(
      `mutation($id: ID!) { setCampaignSpend(id: $id, spend: [{ date: "2025-03-09", amount: 999 }, { date: "2025-03-10", amount: 4000 }]) { id } }`,
      { id: campaignId },
    );
    expect(spend.errors).toBeUndefined();
    await warehouse.sink.insertEvents([
      // Two ad touches: 7 March 07:00 (before the period) and 10 March 07:00 UTC (09:00 in Kyiv).
      whatsappEvent(tenantId, 'e:in', 'message.received', '2025-03-07T07:00:00.000Z', {
        messageId: 'in1',
        conversationId: 'k1',
        payload: { contentType: 'text', text: 'hi', referral: { kind: 'ad', sourceId: 'ad_42' } },
      }),
      whatsappEvent(tenantId, 'e:in2', 'message.received', '2025-03-10T07:00:00.000Z', {
        messageId: 'in2',
        conversationId: 'k2',
        payload: { contentType: 'text', text: 'hello again', referral: { kind: 'ad', sourceId: 'ad_42' } },
      }),
      whatsappEvent(tenantId, 'e:buy', 'conversion.recorded', '2025-03-10T07:00:00.000Z', {
        payload: { kind: 'purchase', value: 2000, currency: 'UAH', orderId: 'o1' },
      }),
      whatsappEvent(tenantId, 'e:buy2', 'conversion.recorded', '2025-03-10T08:00:00.000Z', {
        payload: { kind: 'lead', value: 5, currency: 'GBP' },
      }),
      whatsappEvent('tenant_someone_else', 'e:other', 'conversion.recorded', '2025-03-10T08:00:00.000Z', {
        payload: { kind: 'purchase', value: 1, currency: 'EUR' },
      }),
    ]);
    // The figures come from the rollups (migration 0008): rebuilt from what was written so far.
    refreshedFrom = Date.now() - 1000;
    await refreshTestRollups(warehouse);
  });

  afterAll(async () => {
    await running?.close();
    removeDataDir(dataDir);
    if (warehouse) await dropTestDatabase(warehouse);
  });

  it('answers the campaign table with the relational campaign, its spend and the tenant settings', async () => {
    const result = await gql<Performance>(PERFORMANCE, { filter: FILTER });
    expect(result.errors).toBeUndefined();
    const performance = result.data!.campaignPerformance;
    // As of the rebuild after the inserts (whole seconds).
    expect(Date.parse(performance.asOf!)).toBeGreaterThanOrEqual(Math.floor(refreshedFrom / 1000) * 1000);
    expect(performance).toMatchObject({
      timeZone: 'Europe/Kyiv',
      windowDays: 3,
      currency: 'EUR',
      unconvertedCurrencies: ['GBP'],
      total: { conversations: 1, conversions: 2, revenue: 50, spend: 100 },
    });
    // Both conversions credit the latest ad touch at the same instant (2000 UAH = 50 EUR; GBP has no rate).
    expect(performance.rows).toEqual([
      expect.objectContaining({
        key: 'spring_ads',
        campaign: expect.objectContaining({ id: campaignId }),
        conversations: 1,
        conversions: 2,
        spend: 100,
        roas: 0.5,
      }),
    ]);
    expect(performance.days).toEqual([
      { date: '2025-03-10', conversations: 1, conversions: 2, revenue: 50, spend: 100 },
    ]);
  });

  it('lists conversions and conversations with their touch', async () => {
    const conversions = await gql<{
      attributedConversions: { asOf: string | null; totalCount: number; nodes: Record<string, unknown>[] };
    }>(CONVERSIONS, { filter: FILTER, model: 'FIRST_TOUCH', page: { first: 5 } });
    expect(conversions.errors).toBeUndefined();
    expect(conversions.data!.attributedConversions.asOf).toEqual(expect.any(String));
    // First touch: the ad message of 7 March 07:00 is exactly 3 days before the 07:00 conversion, but 1 h too
    // early for the 08:00 one, whose earliest touch in the window is the one of 10 March.
    expect(conversions.data!.attributedConversions.nodes).toEqual([
      expect.objectContaining({ eventId: 'e:buy2', valueConverted: null, touchAt: '2025-03-10T07:00:00.000Z' }),
      expect.objectContaining({
        eventId: 'e:buy',
        value: 2000,
        currency: 'UAH',
        valueConverted: 50,
        orderId: 'o1',
        sourceKind: 'AD',
        touchAt: '2025-03-07T07:00:00.000Z',
        campaign: { key: 'spring_ads' },
      }),
    ]);
    const conversations = await gql<{ attributedConversations: { totalCount: number; nodes: unknown[] } }>(
      CONVERSATIONS,
      { filter: FILTER, drillDown: { dimension: 'CAMPAIGN', key: 'spring_ads', date: '2025-03-10' } },
    );
    expect(conversations.data!.attributedConversations).toEqual({
      asOf: expect.any(String),
      totalCount: 1,
      nodes: [
        {
          conversationId: 'k2',
          channel: 'WHATSAPP',
          accountExternalId: 'wa_1',
          contactId: 'c_1',
          startedAt: '2025-03-10T07:00:00.000Z',
          sourceKind: 'AD',
          sourceDetail: 'ad ad_42',
          campaign: { key: 'spring_ads' },
        },
      ],
    });
  });

  it('rejects a bad drill-down and a bad cursor, and selects nothing for unknown campaign ids', async () => {
    const badDay = await gql(CONVERSIONS, { filter: FILTER, drillDown: { date: '2025-04-01' } });
    expect(errorCodes(badDay)).toEqual(['BAD_USER_INPUT']);
    const badCursor = await gql(CONVERSATIONS, { filter: FILTER, page: { after: 'nonsense' } });
    expect(errorCodes(badCursor)).toEqual(['BAD_USER_INPUT']);
    const other = await gql<Performance>(PERFORMANCE, {
      filter: { ...FILTER, campaignIds: ['00000000-0000-0000-0000-000000000000'] },
    });
    expect(other.data!.campaignPerformance.total).toMatchObject({ conversations: 0, conversions: 0, spend: null });
  });
});
