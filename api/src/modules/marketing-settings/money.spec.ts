import type { MarketingSettingsValue } from './marketing-settings-value';
import { toReportingCurrency } from './money';

describe('toReportingCurrency', () => {
  const settings: MarketingSettingsValue = {
    attributionWindowDays: 7,
    reportingCurrency: 'EUR',
    exchangeRates: new Map([
      ['UAH', 0.0225],
      ['PLN', 0.23],
    ]),
    messagePrices: [],
  };

  it('keeps amounts already in the reporting currency', () => {
    expect(toReportingCurrency(12.5, 'EUR', settings)).toBe(12.5);
  });

  it('multiplies by the rate of a known currency, whatever its letter case', () => {
    expect(toReportingCurrency(1000, 'UAH', settings)).toBeCloseTo(22.5, 10);
    expect(toReportingCurrency(100, 'pln', settings)).toBeCloseTo(23, 10);
  });

  it('answers null for a currency without a rate instead of guessing', () => {
    expect(toReportingCurrency(100, 'USD', settings)).toBeNull();
    expect(toReportingCurrency(0, 'BRL', settings)).toBeNull();
  });
});
