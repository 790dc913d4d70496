// C0/C1 controls, bidi overrides and lone surrogates mark a value as junk rather than a code someone typed.
const JUNK = /[\p{Cc}\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;

/** A trimmed, non-empty string of at most `maxLength` characters without control characters, or undefined. */
export function cleanValue(value: unknown, maxLength: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > maxLength || JUNK.test(trimmed)) return undefined;
  return trimmed;
}

/** Codes typed or prefilled by people compare without case and with compatibility forms folded (full-width, ligatures). */
export function foldCode(value: string): string {
  return value.normalize('NFKC').toLowerCase();
}
