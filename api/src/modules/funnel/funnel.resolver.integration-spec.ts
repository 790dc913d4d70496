import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { whatsappEvent } from '../../testing/analytics-fixtures';
import { startSettingsTestApp, type SettingsTestApp } from '../business-accounts/testing/settings-test-app';

const FUNNEL = `
  query Funnel($filter: AnalyticsFilter!, $groupBy: FunnelDimension) {
    funnel(filter: $filter, groupBy: $groupBy) {
      period { from to }
      timeZone
      windowDays
      currency
      total { key label sent delivered replied converted cost costPerMessage unavailable { field reason } }
      rows { key label channel campaign { id key name } sent converted cost }
    }
  }`;

interface Row {
  key: string;
  label: string;
  channel: string | null;
  campaign: { id: string; key: string; name: string } | null;
  sent: number;
  delivered: number | null;
  replied: number;
  converted: number;
  cost: number | null;
  costPerMessage: number | null;
  unavailable: { field: string; reason: string }[];
}
interface Funnel {
  funnel: {
    period: { from: string; to: string };
    timeZone: string;
    windowDays: number;
    currency: string;
    total: Row;
    rows: Row[];
  };
}

const FILTER = { from: '2025-03-10', to: '2025-03-11' };

describe('funnel over GraphQL (real app, chDB, SQLite or PostgreSQL)', () => {
  let warehouse: TestWarehouse;
  let t: SettingsTestApp;
  let campaignId: string;
  const funnel = async (token: string, variables: Record<string, unknown>) =>
    (await t.ok<Funnel>(token, FUNNEL, variables)).funnel;

  beforeAll(async () => {
    warehouse = await testWarehouse();
    t = await startSettingsTestApp(warehouse);
    const created = await t.ok<{ createCampaign: { id: string } }>(
      t.as.marketer,
      'mutation C($input: CampaignInput!) { createCampaign(input: $input) { id } }',
      {
        input: {
          key: 'spring',
          name: 'Spring sale',
          channel: 'WHATSAPP',
          sourceKind: 'BROADCAST',
          codes: [],
          currency: 'EUR',
        },
      },
    );
    campaignId = created.createCampaign.id;
    const send = (tenantId: string, id: string, at: string, campaign?: string) =>
      whatsappEvent(tenantId, `sent:${id}`, 'message.sent', at, {
        messageId: id,
        payload: {
          ...(campaign ? { campaignId: campaign } : {}),
          sender: campaign ? { kind: 'campaign' } : { kind: 'agent', agentId: 'agent_1' },
          isTemplate: Boolean(campaign),
          contentType: campaign ? 'template' : 'text',
          ...(campaign ? { templateName: 'promo', templateLanguage: 'en', templateCategory: 'marketing' } : {}),
        },
      });
    // m1 (campaign) delivered, converted 10 days later: inside a 14-day window, outside the default 7 days.
    await warehouse.sink.insertEvents([
      send(t.tenantA, 'm1', '2025-03-10T08:00:00.000Z', 'spring'),
      whatsappEvent(t.tenantA, 'st:m1', 'message.status', '2025-03-10T08:00:05.000Z', {
        messageId: 'm1',
        payload: { status: 'delivered', pricing: { category: 'marketing', billable: true, model: 'PMP' } },
      }),
      send(t.tenantA, 'm2', '2025-03-10T09:00:00.000Z'),
      whatsappEvent(t.tenantA, 'conv', 'conversion.recorded', '2025-03-20T08:00:00.000Z', {
        payload: { kind: 'purchase', value: 20, currency: 'EUR' },
      }),
      send(t.tenantB, 'm1', '2025-03-10T08:00:00.000Z', 'spring'),
    ]);
    await refreshTestRollups(warehouse);
  });

  afterAll(async () => {
    await t?.close();
    await dropTestDatabase(warehouse);
  });

  it('answers every role with the defaults of the marketing settings', async () => {
    for (const role of ['admin', 'manager', 'compliance', 'marketer', 'viewer'] as const) {
      const result = await funnel(t.as[role], { filter: FILTER });
      expect(result).toMatchObject({ period: FILTER, timeZone: 'UTC', windowDays: 7, currency: 'EUR' });
      expect(result.total).toMatchObject({ sent: 2, delivered: 1, converted: 0, cost: null, costPerMessage: null });
      expect(result.total.unavailable).toContainEqual({ field: 'cost', reason: 'NO_DATA' });
      expect(result.rows.map((r) => [r.key, r.channel, r.sent])).toEqual([['whatsapp', 'WHATSAPP', 2]]);
    }
  });

  it("uses the tenant's window and prices, and carries the campaign on campaign rows", async () => {
    await t.ok(
      t.as.marketer,
      'mutation M($input: MarketingSettingsInput!) { updateMarketingSettings(input: $input) { attributionWindowDays } }',
      {
        input: {
          attributionWindowDays: 14,
          reportingCurrency: 'PLN',
          messagePrices: [{ channel: 'WHATSAPP', category: 'marketing', price: 0.25 }],
        },
      },
    );
    const result = await funnel(t.as.viewer, { filter: FILTER, groupBy: 'CAMPAIGN' });
    expect(result).toMatchObject({ windowDays: 14, currency: 'PLN' });
    // Both messages went to c_1, and both are followed by its conversion within 14 days.
    expect(result.total).toMatchObject({ sent: 2, converted: 2, cost: 0.25, costPerMessage: 0.125 });
    expect(result.rows).toEqual([
      { key: '', label: 'No campaign', channel: null, campaign: null, sent: 1, converted: 1, cost: null },
      {
        key: 'spring',
        label: 'Spring sale',
        channel: null,
        campaign: { id: campaignId, key: 'spring', name: 'Spring sale' },
        sent: 1,
        converted: 1,
        cost: 0.25,
      },
    ]);
  });

  it('filters by campaign id, and never shows another tenant its figures', async () => {
    const spring = await funnel(t.as.admin, { filter: { ...FILTER, campaignIds: [campaignId] } });
    expect(spring.total.sent).toBe(1);
    const foreign = await funnel(t.otherTenant, { filter: { ...FILTER, campaignIds: [campaignId] } });
    expect(foreign.total.sent).toBe(0);
    const own = await funnel(t.otherTenant, { filter: FILTER, groupBy: 'CAMPAIGN' });
    expect(own).toMatchObject({ windowDays: 7, currency: 'EUR' });
    expect(own.rows).toEqual([
      { key: 'spring', label: 'spring', channel: null, campaign: null, sent: 1, converted: 0, cost: null },
    ]);
  });

  it('refuses a bad period', async () => {
    expect(await t.codes(t.as.admin, FUNNEL, { filter: { from: '2025-03-11', to: '2025-03-10' } })).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
