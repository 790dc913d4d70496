import { CHANNELS } from '@checkmark/schemas';
import { z } from 'zod';
import { MESSAGE_PRICE_CATEGORIES, type MessagePriceCategory } from './marketing-settings-value';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

const isMessagePriceCategory = (value: string): value is MessagePriceCategory =>
  (MESSAGE_PRICE_CATEGORIES as readonly string[]).includes(value);

export const MAX_EXCHANGE_RATES = 200;
export const MAX_MESSAGE_PRICES = CHANNELS.length * MESSAGE_PRICE_CATEGORIES.length;

const currency = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code), 'must be an ISO 4217 currency code, e.g. "EUR"');

/** Issues for the second and later rows that repeat an earlier row's key. */
function refuseDuplicates<T>(
  rows: T[] | null | undefined,
  keyOf: (row: T) => string,
  field: string,
  ctx: z.RefinementCtx,
) {
  const seen = new Set<string>();
  (rows ?? []).forEach((row, index) => {
    const key = keyOf(row);
    if (seen.has(key)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `duplicate ${key}`, path: [index, field] });
    seen.add(key);
  });
}

export const marketingSettingsSchema = z.object({
  attributionWindowDays: z
    .number()
    .int('must be a whole number of days')
    .min(1, 'must be 1 to 90 days')
    .max(90, 'must be 1 to 90 days')
    .nullish(),
  reportingCurrency: currency.nullish(),
  exchangeRates: z
    .array(
      z.object({
        currency,
        rate: z.number().finite().positive('must be greater than 0'),
      }),
    )
    .max(MAX_EXCHANGE_RATES, `at most ${MAX_EXCHANGE_RATES} rates`)
    .nullish()
    .superRefine((rows, ctx) => refuseDuplicates(rows, (r) => r.currency, 'currency', ctx)),
  messagePrices: z
    .array(
      z.object({
        channel: z.enum(CHANNELS),
        // A refinement rather than an enum: a failed refinement still lets the duplicate check below run.
        category: z
          .string()
          .trim()
          .toLowerCase()
          .refine(isMessagePriceCategory, `must be one of ${MESSAGE_PRICE_CATEGORIES.join(', ')}`),
        price: z.number().finite().min(0, 'must not be negative'),
      }),
    )
    .max(MAX_MESSAGE_PRICES, `at most ${MAX_MESSAGE_PRICES} prices`)
    .nullish()
    .superRefine((rows, ctx) => refuseDuplicates(rows, (r) => `${r.channel}/${r.category}`, 'category', ctx)),
});

export type MarketingSettingsData = z.output<typeof marketingSettingsSchema>;
