import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { ManualClock } from '../../common/clock/clock';
import type { AuditService } from '../audit/audit.service';
import type { MarketingSettingsInput } from './dtos/marketing-settings.input';
import type { MarketingSettingsRepository, StoredMarketingSettings } from './marketing-settings.repository';
import { MarketingSettingsService } from './marketing-settings.service';

describe('MarketingSettingsService', () => {
  const marketer: Principal = { tenantId: 't1', role: 'marketer', kind: 'user', userId: 'u', label: 'm@x.test' };
  let stored: StoredMarketingSettings;
  let audit: { record: jest.Mock };
  let service: MarketingSettingsService;
  const manager = {} as EntityManager;

  beforeEach(() => {
    stored = { settings: null, exchangeRates: [], messagePrices: [] };
    audit = { record: jest.fn() };
    const repository = {
      transaction: <T>(work: (m: EntityManager) => Promise<T>) => work(manager),
      find: () => Promise.resolve(structuredClone(stored)),
      replace: (next: StoredMarketingSettings) => Promise.resolve(void (stored = structuredClone(next))),
    };
    service = new MarketingSettingsService(
      repository as unknown as MarketingSettingsRepository,
      audit as unknown as AuditService,
      new ManualClock(),
    );
  });

  it('defaults to a 7-day window, EUR, no rates and no prices', async () => {
    expect(await service.get(marketer)).toEqual({
      attributionWindowDays: 7,
      reportingCurrency: 'EUR',
      exchangeRates: [],
      messagePrices: [],
      updatedAt: null,
    });
    const value = await service.forTenant('t1');
    expect(value.exchangeRates.size).toBe(0);
    expect(value).toMatchObject({ attributionWindowDays: 7, reportingCurrency: 'EUR', messagePrices: [] });
  });

  it('keeps the fields not given, replaces lists given, normalises codes and audits before/after with the transaction', async () => {
    await service.update(marketer, {
      exchangeRates: [
        { currency: 'uah', rate: 0.0225 },
        { currency: 'BRL', rate: 0.17 },
      ],
      messagePrices: [{ channel: 'whatsapp', category: 'Marketing', price: 0.0617 }],
    });
    const after = await service.update(marketer, { attributionWindowDays: 30, reportingCurrency: 'usd' });
    expect(after).toMatchObject({
      attributionWindowDays: 30,
      reportingCurrency: 'USD',
      exchangeRates: [
        { currency: 'BRL', rate: 0.17 },
        { currency: 'UAH', rate: 0.0225 },
      ],
      messagePrices: [{ channel: 'whatsapp', category: 'marketing', price: 0.0617 }],
    });
    expect(after.updatedAt).toBeInstanceOf(Date);
    const value = await service.forTenant('t1');
    expect(value.exchangeRates.get('UAH')).toBe(0.0225);
    expect(audit.record).toHaveBeenLastCalledWith(
      marketer,
      expect.objectContaining({
        action: 'marketing_settings.update',
        entityId: 't1',
        before: expect.objectContaining({ attributionWindowDays: 7, reportingCurrency: 'EUR' }),
        after: expect.objectContaining({ attributionWindowDays: 30, reportingCurrency: 'USD' }),
      }),
      manager,
    );
  });

  it.each<[MarketingSettingsInput, string[]]>([
    [{ attributionWindowDays: 0 }, ['input.attributionWindowDays']],
    [{ attributionWindowDays: 91 }, ['input.attributionWindowDays']],
    [{ reportingCurrency: 'EURO' }, ['input.reportingCurrency']],
    [{ reportingCurrency: 'XYZ' }, ['input.reportingCurrency']],
    [{ exchangeRates: [{ currency: 'UAH', rate: 0 }] }, ['input.exchangeRates.0.rate']],
    [{ exchangeRates: [{ currency: 'UAH', rate: -1 }] }, ['input.exchangeRates.0.rate']],
    [
      {
        exchangeRates: [
          { currency: 'UAH', rate: 0.02 },
          { currency: 'uah', rate: 0.03 },
        ],
      },
      ['input.exchangeRates.1.currency'],
    ],
    [{ exchangeRates: [{ currency: 'EUR', rate: 1 }] }, ['input.exchangeRates.0.currency']],
    [{ reportingCurrency: 'UAH', exchangeRates: [{ currency: 'UAH', rate: 1 }] }, ['input.exchangeRates.0.currency']],
    [{ messagePrices: [{ channel: 'sms', category: 'promo', price: 0.05 }] }, ['input.messagePrices.0.category']],
    [{ messagePrices: [{ channel: 'sms', category: 'any', price: -0.01 }] }, ['input.messagePrices.0.price']],
    [
      {
        messagePrices: [
          { channel: 'sms', category: 'any', price: 0.05 },
          { channel: 'sms', category: 'ANY', price: 0.06 },
        ],
      },
      ['input.messagePrices.1.category'],
    ],
  ])('refuses %j at %s and stores nothing', async (input, paths) => {
    await expect(service.update(marketer, input)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: paths.map((path): unknown => expect.objectContaining({ path })),
    });
    expect(stored.settings).toBeNull();
    expect(audit.record).not.toHaveBeenCalled();
  });

  it('refuses a new reporting currency that the stored rates list', async () => {
    await service.update(marketer, { exchangeRates: [{ currency: 'PLN', rate: 0.23 }] });
    await expect(service.update(marketer, { reportingCurrency: 'PLN' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [expect.objectContaining({ path: 'input.reportingCurrency' })],
    });
    expect(stored.settings?.reportingCurrency).toBe('EUR');
    // Switching currency together with a new list of rates is fine.
    await service.update(marketer, { reportingCurrency: 'PLN', exchangeRates: [{ currency: 'EUR', rate: 4.3 }] });
    expect(stored.settings?.reportingCurrency).toBe('PLN');
  });
});
