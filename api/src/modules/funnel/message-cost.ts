import type { MarketingSettingsValue } from '../marketing-settings/marketing-settings-value';

type Prices = MarketingSettingsValue['messagePrices'];

/**
 * The price category of a reported pricing category: WhatsApp's variants are priced as their base category
 * (marketing_lite → marketing, authentication_international → authentication); anything else stays as it is,
 * so only the channel's "any" price applies to categories the settings cannot name (e.g. referral_conversion).
 */
export function priceCategory(reported: string): string {
  const category = reported.trim().toLowerCase();
  if (category.startsWith('marketing')) return 'marketing';
  if (category.startsWith('authentication')) return 'authentication';
  return category;
}

/** The price of one billable message: the channel's price for the category, else its "any" price, else null. */
export function messagePrice(prices: Prices, channel: string, category: string): number | null {
  const wanted = priceCategory(category);
  const exact = prices.find((p) => p.channel === channel && p.category === wanted);
  if (exact) return exact.price;
  return prices.find((p) => p.channel === channel && p.category === 'any')?.price ?? null;
}

/**
 * What billable messages cost, from their counts by "channel|category": Σ count × price, in the reporting
 * currency. null when no price applies to any of them (nothing priced is not a cost of 0); messages without a
 * price are left out of the sum.
 */
export function messagesCost(billable: readonly { key: string; count: number }[], prices: Prices): number | null {
  let cost: number | null = null;
  for (const { key, count } of billable) {
    const split = key.indexOf('|');
    const price = messagePrice(prices, key.slice(0, split), key.slice(split + 1));
    if (price !== null && count > 0) cost = (cost ?? 0) + count * price;
  }
  // Kept to the 6 decimal places prices are stored with: no binary-fraction noise in sums.
  return cost === null ? null : Math.round(cost * 1e6) / 1e6;
}
