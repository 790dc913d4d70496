import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createFormatters, type Formatters } from '@web/lib/format';
import { CATALOGS } from './catalog';
import { createTranslate, type Translate } from './translate';
import { isLocale, LOCALES, type Locale } from './types';

export const LOCALE_STORAGE_KEY = 'checkmark.locale';

export interface I18n {
  locale: Locale;
  timeZone: string;
  t: Translate;
  fmt: Formatters;
  setLocale: (locale: Locale) => void;
  setTimeZone: (timeZone: string) => void;
}

const I18nContext = createContext<I18n | null>(null);

function storedLocale(): Locale | undefined {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function browserLocale(): Locale {
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
  for (const language of languages) {
    const base = language.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return LOCALES[0];
}

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? storedLocale() ?? browserLocale());
  const [timeZone, setTimeZone] = useState<string>(browserTimeZone);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this visit only.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(
    () => ({
      locale,
      timeZone,
      t: createTranslate(locale, CATALOGS[locale]),
      fmt: createFormatters(locale, timeZone),
      setLocale,
      setTimeZone,
    }),
    [locale, timeZone, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
