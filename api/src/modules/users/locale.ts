import { registerEnumType } from '@nestjs/graphql';

/** The interface languages (the markets in the source material). */
export const LOCALES = ['en', 'ru', 'uk', 'pl', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

export const LocaleEnum = { EN: 'en', RU: 'ru', UK: 'uk', PL: 'pl', PT: 'pt' } as const satisfies Record<
  string,
  Locale
>;
registerEnumType(LocaleEnum, { name: 'Locale' });
