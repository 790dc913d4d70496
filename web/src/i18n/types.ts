export const LOCALES = ['en', 'ru', 'uk', 'pl', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

/** Plural variants keyed by Intl.PluralRules categories; `other` is always required. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}
export type Message = string | PluralMessage;

export type Params = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
