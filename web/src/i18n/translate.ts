import type { Catalog, MessageKey } from './catalog';
import type { Locale, Params } from './types';

export type Translate = (key: MessageKey, params?: Params) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/** A translator for one catalog: `{name}` placeholders; plural messages pick their form from `params.count`. */
export function createTranslate(locale: Locale, catalog: Catalog): Translate {
  const plural = new Intl.PluralRules(locale);
  return (key, params = {}) => {
    const message = catalog[key];
    let text: string;
    if (typeof message === 'string') text = message;
    else {
      const count = Number(params.count ?? 0);
      text = message[plural.select(count)] ?? message.other;
    }
    return text.replace(PLACEHOLDER, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : String(value);
    });
  };
}
