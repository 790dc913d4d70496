const MAX_INPUT = 4096;
const MAX_PAIRS = 32;

/** `application/x-www-form-urlencoded` decoding that reports invalid percent-encoding instead of guessing. */
function decodeComponent(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * `key=value` pairs separated by `&` (and `;`, which deep-link payloads use), percent-decoded. A pair whose
 * key or value is not valid percent-encoding is left out; the first occurrence of a key wins; keys compare
 * case-insensitively (lowercased). Over-long input yields nothing.
 */
export function parseKeyValues(text: string): Map<string, string> {
  const pairs = new Map<string, string>();
  if (text.length > MAX_INPUT || !text.includes('=')) return pairs;
  for (const part of text.split(/[&;]/).slice(0, MAX_PAIRS)) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const key = decodeComponent(part.slice(0, at));
    const value = decodeComponent(part.slice(at + 1));
    if (key === undefined || value === undefined) continue;
    const name = key.trim().toLowerCase();
    if (name && !pairs.has(name)) pairs.set(name, value);
  }
  return pairs;
}

/** The query-string parameters of a URL (`scheme://host/path?query#fragment`); nothing when there is no query. */
export function urlParameters(url: string): Map<string, string> {
  const start = url.indexOf('?');
  if (start < 0) return new Map();
  const end = url.indexOf('#', start);
  return parseKeyValues(url.slice(start + 1, end < 0 ? undefined : end));
}
