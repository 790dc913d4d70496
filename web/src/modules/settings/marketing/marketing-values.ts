import type { Channel } from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';

export const PRICE_CATEGORIES = ['marketing', 'utility', 'authentication', 'service', 'any'] as const;
export type PriceCategory = (typeof PRICE_CATEGORIES)[number];

/** The form's values as typed (strings), so a half-typed number is kept and reported instead of lost. */
export interface MarketingValues {
  attributionWindowDays: string;
  reportingCurrency: string;
  exchangeRates: Array<{ currency: string; rate: string }>;
  messagePrices: Array<{ channel: Channel; category: string; price: string }>;
}

export interface MarketingSettingsShape {
  attributionWindowDays: number;
  reportingCurrency: string;
  exchangeRates: ReadonlyArray<{ currency: string; rate: number }>;
  messagePrices: ReadonlyArray<{ channel: Channel; category: string; price: number }>;
}

export function toValues(settings: MarketingSettingsShape): MarketingValues {
  return {
    attributionWindowDays: String(settings.attributionWindowDays),
    reportingCurrency: settings.reportingCurrency,
    exchangeRates: settings.exchangeRates.map((r) => ({ currency: r.currency, rate: String(r.rate) })),
    messagePrices: settings.messagePrices.map((p) => ({
      channel: p.channel,
      category: p.category,
      price: String(p.price),
    })),
  };
}

const CURRENCY = /^[A-Z]{3}$/;
/** Accepts a decimal comma too, as typed in most of the product's languages. */
export const parseNumber = (value: string): number =>
  value.trim() === '' ? NaN : Number(value.trim().replace(',', '.'));
const code = (value: string) => value.trim().toUpperCase();

/**
 * Client checks by field path (`exchangeRates.1.rate`), the same rules the API enforces: window 1–90 whole days,
 * ISO 4217 codes, rates above 0, prices of 0 or more, one rate per currency and one price per channel and category.
 */
export function validateMarketing(values: MarketingValues): Record<string, MessageKey | undefined> {
  const errors: Record<string, MessageKey | undefined> = {};
  const days = parseNumber(values.attributionWindowDays);
  if (!Number.isInteger(days) || days < 1 || days > 90)
    errors.attributionWindowDays = 'marketingSettings.validation.windowDays';
  const reporting = code(values.reportingCurrency);
  if (!CURRENCY.test(reporting)) errors.reportingCurrency = 'validation.currency';
  const currencies = new Set<string>();
  values.exchangeRates.forEach((row, i) => {
    const currency = code(row.currency);
    if (!CURRENCY.test(currency)) errors[`exchangeRates.${i}.currency`] = 'validation.currency';
    else if (currency === reporting)
      errors[`exchangeRates.${i}.currency`] = 'marketingSettings.validation.sameCurrency';
    else if (currencies.has(currency))
      errors[`exchangeRates.${i}.currency`] = 'marketingSettings.validation.duplicateRate';
    currencies.add(currency);
    const rate = parseNumber(row.rate);
    if (!Number.isFinite(rate) || rate <= 0) errors[`exchangeRates.${i}.rate`] = 'marketingSettings.validation.rate';
  });
  const prices = new Set<string>();
  values.messagePrices.forEach((row, i) => {
    const key = `${row.channel}/${row.category}`;
    if (prices.has(key)) errors[`messagePrices.${i}.category`] = 'marketingSettings.validation.duplicatePrice';
    prices.add(key);
    const price = parseNumber(row.price);
    if (!Number.isFinite(price) || price < 0) errors[`messagePrices.${i}.price`] = 'validation.amount';
  });
  return errors;
}

/** The mutation input: whole lists (they replace the stored ones), codes upper-case, numbers parsed. */
export function toInput(values: MarketingValues) {
  return {
    attributionWindowDays: parseNumber(values.attributionWindowDays),
    reportingCurrency: code(values.reportingCurrency),
    exchangeRates: values.exchangeRates.map((r) => ({ currency: code(r.currency), rate: parseNumber(r.rate) })),
    messagePrices: values.messagePrices.map((p) => ({
      channel: p.channel,
      category: p.category,
      price: parseNumber(p.price),
    })),
  };
}
