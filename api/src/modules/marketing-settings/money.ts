import type { MarketingSettingsValue } from './marketing-settings-value';

/**
 * `amount` of `currency` in the tenant's reporting currency: unchanged in the reporting currency itself,
 * multiplied by the tenant's rate otherwise, and null when the tenant has no rate for the currency (callers
 * leave such amounts out and list their currencies, never guess a rate).
 */
export function toReportingCurrency(amount: number, currency: string, settings: MarketingSettingsValue): number | null {
  const code = currency.trim().toUpperCase();
  if (code === settings.reportingCurrency) return amount;
  const rate = settings.exchangeRates.get(code);
  return rate === undefined ? null : amount * rate;
}
