const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const MAX_ENCODED = 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The UTF-8 text a base64url string encodes (padding optional), or undefined when it is not canonical
 * base64url or not valid UTF-8 — so a plain payload such as "summer_sale" is not mistaken for an encoding.
 */
export function decodeBase64UrlText(value: string): string | undefined {
  if (value.length > MAX_ENCODED || !BASE64URL.test(value)) return undefined;
  const unpadded = value.replace(/=+$/, '');
  if (unpadded.length % 4 === 1) return undefined;
  const bytes = Buffer.from(unpadded, 'base64url');
  // Node ignores stray trailing bits; re-encoding exposes strings that are not a real encoding.
  if (bytes.toString('base64url') !== unpadded) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}
