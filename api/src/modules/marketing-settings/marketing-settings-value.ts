/** Pricing categories a message price can name; "any" prices every category without a price of its own. */
export const MESSAGE_PRICE_CATEGORIES = ['marketing', 'utility', 'authentication', 'service', 'any'] as const;
export type MessagePriceCategory = (typeof MESSAGE_PRICE_CATEGORIES)[number];

export const DEFAULT_ATTRIBUTION_WINDOW_DAYS = 7;
export const DEFAULT_REPORTING_CURRENCY = 'EUR';

/** A tenant's marketing settings as analytics use them (defaults when never saved). */
export interface MarketingSettingsValue {
  /** 1..90. */
  attributionWindowDays: number;
  /** ISO 4217, upper case. */
  reportingCurrency: string;
  /** Currency (ISO 4217, upper case) → units of the reporting currency for one unit of it. */
  exchangeRates: ReadonlyMap<string, number>;
  /** In the reporting currency, per billable message; category "any" is the channel's fallback. */
  messagePrices: readonly { channel: string; category: string; price: number }[];
}
