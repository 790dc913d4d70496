import { en } from './locales/en';
import { pl } from './locales/pl';
import { pt } from './locales/pt';
import { ru } from './locales/ru';
import { uk } from './locales/uk';
import type { Locale, Message } from './types';

export type MessageKey = keyof typeof en;
/** Every locale has exactly the English keys (the compiler and catalog.spec.ts both check it). */
export type Catalog = { [K in MessageKey]: Message };

export const CATALOGS: Record<Locale, Catalog> = { en, ru, uk, pl, pt };
