import { CATALOGS } from './catalog';
import { en } from './locales/en';
import { createTranslate } from './translate';
import { LOCALES, type Message } from './types';

const placeholders = (message: Message): string[] => {
  const texts = typeof message === 'string' ? [message] : Object.values(message).filter((v): v is string => !!v);
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();
};

/** The plural categories a locale actually selects for whole numbers (what counts in the interface are). */
const categoriesUsed = (locale: string): Set<string> => {
  const rules = new Intl.PluralRules(locale);
  return new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
};

describe('message catalogs', () => {
  const englishKeys = Object.keys(en).sort();

  it.each(LOCALES)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(CATALOGS[locale]).sort()).toEqual(englishKeys);
  });

  it.each(LOCALES)('%s keeps every placeholder of the English message and has no empty text', (locale) => {
    for (const key of englishKeys) {
      const message = CATALOGS[locale][key as keyof typeof en];
      expect([key, placeholders(message)]).toEqual([key, placeholders(en[key as keyof typeof en])]);
      const texts: Array<string | undefined> = typeof message === 'string' ? [message] : Object.values(message);
      for (const text of texts) expect([key, (text ?? '').trim().length > 0]).toEqual([key, true]);
    }
  });

  it.each(LOCALES)('%s gives every plural message each form its plural rules select', (locale) => {
    const needed = categoriesUsed(locale);
    for (const [key, message] of Object.entries(CATALOGS[locale])) {
      if (typeof message === 'string') continue;
      const missing = [...needed].filter((category) => !(category in message));
      expect([key, missing]).toEqual([key, []]);
    }
  });

  it('the plural message of English stays plural in the template (count-based text is a plural message)', () => {
    for (const [key, message] of Object.entries(en)) {
      if (typeof message === 'string') expect([key, message.includes('{count}')]).toEqual([key, false]);
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s is translated (navigation differs from English)', (locale) => {
    expect(CATALOGS[locale]['nav.overview']).not.toEqual(en['nav.overview']);
    expect(CATALOGS[locale]['login.submit']).not.toEqual(en['login.submit']);
  });
});

describe('createTranslate', () => {
  it('fills placeholders and picks plural forms by Intl.PluralRules', () => {
    const ru = createTranslate('ru', CATALOGS.ru);
    expect(ru('filters.lastDays', { count: 1 })).toBe('Последний 1 день');
    expect(ru('filters.lastDays', { count: 7 })).toBe('Последние 7 дней');
    expect(ru('filters.lastDays', { count: 3 })).toBe('Последние 3 дня');
    const t = createTranslate('en', CATALOGS.en);
    expect(t('filters.lastDays', { count: 1 })).toBe('Last 1 day');
    expect(t('common.editNamed', { name: 'Team A' })).toBe('Edit Team A');
  });
});
