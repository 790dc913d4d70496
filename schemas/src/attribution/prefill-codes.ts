import { AttributionError } from './attribution-error';
import { cleanValue, foldCode } from './clean-value';

/**
 * `#CODE` (a hashtag-like code not glued to a preceding word, so "C#" or "page#top" are not codes) or
 * `[ref:CODE]`; letters of any script.
 */
export const DEFAULT_CODE_PATTERN =
  /(?<![\p{L}\p{N}\p{M}_&/#])#([\p{L}\p{N}][\p{L}\p{N}\p{M}_-]{1,63})(?![\p{L}\p{N}\p{M}_-])|\[ref:([^\]\s]{1,64})\]/iu;

export const MAX_CODE_LENGTH = 64;
const MAX_CODES = 10;
// Characters that continue a code: a known code must not be part of a longer token ("STORE" in "QR-STORE-24").
const TOKEN_CHAR = /[\p{L}\p{N}\p{M}_-]/u;

/** The pattern with the flags scanning needs; a pattern that is not valid in Unicode mode is the caller's error. */
export function scanningPattern(pattern: RegExp): RegExp {
  const flags = new Set([...pattern.flags, 'g', 'u']);
  flags.delete('y');
  try {
    return new RegExp(pattern.source, [...flags].join(''));
  } catch {
    throw new AttributionError(
      'ATTRIBUTION_OPTIONS_INVALID',
      'the code pattern is not a valid Unicode regular expression',
    );
  }
}

/** Codes matched by `pattern` (its first capturing group that matched, else the whole match). */
function patternCodes(text: string, pattern: RegExp): string[] {
  const codes: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const raw = match.slice(1).find((group) => group !== undefined) ?? match[0];
    const code = cleanValue(raw, MAX_CODE_LENGTH);
    if (code !== undefined) codes.push(code);
    if (codes.length === MAX_CODES) break;
  }
  return codes;
}

/** Known codes (campaign QR and prefill codes) that appear in the text as whole tokens, ignoring case. */
function knownCodesIn(text: string, knownCodes: readonly string[]): string[] {
  const folded = foldCode(text);
  const found: string[] = [];
  for (const code of knownCodes) {
    const needle = foldCode(code.trim());
    if (!needle) continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
      const before = [...folded.slice(Math.max(0, at - 2), at)].pop();
      const after = [...folded.slice(at + needle.length, at + needle.length + 2)][0];
      if (!(before && TOKEN_CHAR.test(before)) && !(after && TOKEN_CHAR.test(after))) {
        found.push(code.trim());
        break;
      }
    }
  }
  return found;
}

/** Codes in a first message's text, deduplicated ignoring case, first occurrence kept, at most ten. */
export function findCodes(texts: readonly string[], pattern: RegExp, knownCodes: readonly string[]): string[] {
  const seen = new Set<string>();
  const codes: string[] = [];
  for (const text of texts) {
    for (const code of [...patternCodes(text, pattern), ...knownCodesIn(text, knownCodes)]) {
      const key = foldCode(code);
      if (seen.has(key) || codes.length === MAX_CODES) continue;
      seen.add(key);
      codes.push(code);
    }
  }
  return codes;
}
