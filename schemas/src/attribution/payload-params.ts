import { decodeBase64UrlText } from './base64url';
import { cleanValue } from './clean-value';
import { parseKeyValues } from './key-values';
import { UTM_FIELDS, type UtmField, type UtmValues } from './touchpoint';

const MAX_PARAMS = 16;
const MAX_KEY = 64;
export const MAX_UTM_VALUE = 256;

// Telegram payloads hold 64 characters (48 bytes once base64url-encoded), so short names are accepted too.
const SHORT_NAMES: Record<UtmField, string> = {
  source: 'src',
  medium: 'med',
  campaign: 'cmp',
  term: 'trm',
  content: 'cnt',
};

/**
 * Key-value pairs carried by a start payload, ref or context: the value itself when it reads `k=v&k=v` (or
 * `k=v;k=v`), or the base64url encoding of such a string. Anything else carries no pairs.
 */
export function payloadParams(value: string): Map<string, string> {
  const text = value.includes('=') && !/^[A-Za-z0-9_-]+={1,2}$/.test(value) ? value : decodeBase64UrlText(value);
  const pairs = new Map<string, string>();
  if (text === undefined) return pairs;
  for (const [key, raw] of parseKeyValues(text)) {
    const clean = cleanValue(raw, MAX_UTM_VALUE);
    if (key.length > MAX_KEY || clean === undefined) continue;
    pairs.set(key, clean);
    if (pairs.size === MAX_PARAMS) break;
  }
  return pairs;
}

/**
 * UTM values named in key-value pairs: `utm_source`…`utm_content`, then the short names src, med, cmp, trm,
 * cnt, then the dotted form `utm=source.medium.campaign[.term[.content]]`; the first name found wins.
 */
export function utmFromParams(params: ReadonlyMap<string, string>): UtmValues {
  const utm: UtmValues = {};
  const dotted = params.get('utm')?.split('.');
  const fromDotted = dotted && dotted.length >= 3 && dotted.length <= 5 ? dotted : [];
  UTM_FIELDS.forEach((field, index) => {
    const value = [params.get(`utm_${field}`), params.get(SHORT_NAMES[field]), fromDotted[index]]
      .map((candidate) => cleanValue(candidate, MAX_UTM_VALUE))
      .find((candidate) => candidate !== undefined);
    if (value !== undefined) utm[field] = value;
  });
  return utm;
}
