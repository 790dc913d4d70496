import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { startSettingsTestApp, type SettingsTestApp } from '../business-accounts/testing/settings-test-app';
import { MarketingSettingsService } from './marketing-settings.service';

const FIELDS =
  'attributionWindowDays reportingCurrency exchangeRates { currency rate } messagePrices { channel category price } updatedAt';
const GET = `query { marketingSettings { ${FIELDS} } }`;
const UPDATE = `mutation U($input: MarketingSettingsInput!) { updateMarketingSettings(input: $input) { ${FIELDS} } }`;
const AUDIT = `query { auditLog(entityType: "marketing_settings") { nodes { action entityId actorLabel before after } } }`;

interface Settings {
  attributionWindowDays: number;
  reportingCurrency: string;
  exchangeRates: { currency: string; rate: number }[];
  messagePrices: { channel: string; category: string; price: number }[];
  updatedAt: string | null;
}
const DEFAULTS = { attributionWindowDays: 7, reportingCurrency: 'EUR', exchangeRates: [], messagePrices: [] };

describe('marketing settings over GraphQL (real app, SQLite or PostgreSQL)', () => {
  let warehouse: TestWarehouse;
  let t: SettingsTestApp;

  const get = async (token: string) => (await t.ok<{ marketingSettings: Settings }>(token, GET)).marketingSettings;
  const issuePaths = async (input: Record<string, unknown>) => {
    const response = await t.gql(t.as.marketer, UPDATE, { input });
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    return (response.errors?.[0].extensions?.issues as { path: string }[]).map((i) => i.path).sort();
  };

  beforeAll(async () => {
    warehouse = await testWarehouse();
    t = await startSettingsTestApp(warehouse);
  });

  afterAll(async () => {
    await t?.close();
    await dropTestDatabase(warehouse);
  });

  it('shows the defaults to every role until saved', async () => {
    for (const role of ['admin', 'manager', 'compliance', 'marketer', 'viewer'] as const) {
      expect(await get(t.as[role])).toEqual({ ...DEFAULTS, updatedAt: null });
    }
  });

  it('saves window, currency, rates and prices exactly, audits before/after, and serves them to analytics', async () => {
    const input = {
      attributionWindowDays: 14,
      reportingCurrency: 'EUR',
      exchangeRates: [
        { currency: 'UAH', rate: 0.0224 },
        { currency: 'BRL', rate: 0.1612345678 },
      ],
      messagePrices: [
        { channel: 'WHATSAPP', category: 'marketing', price: 0.0617 },
        { channel: 'WHATSAPP', category: 'any', price: 0 },
        { channel: 'SMS', category: 'any', price: 0.075 },
      ],
    };
    const saved = (await t.ok<{ updateMarketingSettings: Settings }>(t.as.marketer, UPDATE, { input }))
      .updateMarketingSettings;
    expect(saved).toMatchObject({
      attributionWindowDays: 14,
      exchangeRates: [
        { currency: 'BRL', rate: 0.1612345678 },
        { currency: 'UAH', rate: 0.0224 },
      ],
      messagePrices: [
        { channel: 'SMS', category: 'any', price: 0.075 },
        { channel: 'WHATSAPP', category: 'any', price: 0 },
        { channel: 'WHATSAPP', category: 'marketing', price: 0.0617 },
      ],
    });
    expect(saved.updatedAt).not.toBeNull();
    expect(await get(t.as.viewer)).toEqual(saved);

    const { auditLog } = await t.ok<{
      auditLog: { nodes: { action: string; entityId: string; actorLabel: string; before: unknown; after: unknown }[] };
    }>(t.as.admin, AUDIT);
    expect(auditLog.nodes[0]).toMatchObject({
      action: 'marketing_settings.update',
      entityId: t.tenantA,
      before: { ...DEFAULTS },
      after: { attributionWindowDays: 14, exchangeRates: saved.exchangeRates },
    });

    const value = await t.running.app.get(MarketingSettingsService, { strict: false }).forTenant(t.tenantA);
    expect(value.attributionWindowDays).toBe(14);
    expect(value.exchangeRates.get('BRL')).toBe(0.1612345678);
    expect(value.messagePrices).toContainEqual({ channel: 'whatsapp', category: 'marketing', price: 0.0617 });
  });

  it('changes only the fields given', async () => {
    const before = await get(t.as.admin);
    const { updateMarketingSettings } = await t.ok<{ updateMarketingSettings: Settings }>(t.as.manager, UPDATE, {
      input: { attributionWindowDays: 90 },
    });
    expect(updateMarketingSettings).toMatchObject({
      ...before,
      attributionWindowDays: 90,
      updatedAt: expect.any(String),
    });
  });

  it('refuses invalid input with the issue paths and changes nothing', async () => {
    const before = await get(t.as.admin);
    expect(await issuePaths({ attributionWindowDays: 0 })).toEqual(['input.attributionWindowDays']);
    expect(await issuePaths({ attributionWindowDays: 91, reportingCurrency: 'E1R' })).toEqual([
      'input.attributionWindowDays',
      'input.reportingCurrency',
    ]);
    expect(
      await issuePaths({
        exchangeRates: [
          { currency: 'UAH', rate: 0.02 },
          { currency: 'UAH', rate: 0.03 },
          { currency: 'PLN', rate: 0 },
        ],
      }),
    ).toEqual(['input.exchangeRates.1.currency', 'input.exchangeRates.2.rate']);
    expect(await issuePaths({ exchangeRates: [{ currency: 'EUR', rate: 1 }] })).toEqual([
      'input.exchangeRates.0.currency',
    ]);
    expect(await issuePaths({ reportingCurrency: 'UAH' })).toEqual(['input.reportingCurrency']);
    expect(
      await issuePaths({
        messagePrices: [
          { channel: 'SMS', category: 'any', price: 0.07 },
          { channel: 'SMS', category: 'any', price: 0.08 },
          { channel: 'EMAIL', category: 'bulk', price: -1 },
        ],
      }),
    ).toEqual(['input.messagePrices.1.category', 'input.messagePrices.2.category', 'input.messagePrices.2.price']);
    expect(await get(t.as.admin)).toEqual(before);
  });

  it("refuses roles that may not change settings, and keeps tenants' settings apart", async () => {
    for (const role of ['compliance', 'viewer'] as const) {
      expect(await t.codes(t.as[role], UPDATE, { input: { attributionWindowDays: 3 } })).toEqual(['FORBIDDEN']);
    }
    expect(await get(t.otherTenant)).toEqual({ ...DEFAULTS, updatedAt: null });
    await t.ok(t.otherTenant, UPDATE, {
      input: { reportingCurrency: 'UAH', exchangeRates: [{ currency: 'EUR', rate: 44 }] },
    });
    expect((await get(t.as.admin)).reportingCurrency).toBe('EUR');
    expect((await get(t.as.admin)).attributionWindowDays).toBe(90);
    expect(await get(t.otherTenant)).toMatchObject({
      reportingCurrency: 'UAH',
      exchangeRates: [{ currency: 'EUR', rate: 44 }],
    });
  });
});
