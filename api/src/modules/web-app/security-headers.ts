import { createHash } from 'node:crypto';

/** CSP source expressions for the inline <script> and <style> blocks of a document (sha256, as browsers hash them). */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const hashes = (pattern: RegExp) =>
    [...html.matchAll(pattern)]
      .map((m) => m[1])
      .filter((body) => body.trim() !== '')
      .map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  return {
    // Only scripts without src carry inline code; external ones are covered by 'self'.
    scripts: hashes(/<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi),
    styles: hashes(/<style\b[^>]*>([\s\S]*?)<\/style>/gi),
  };
}

/**
 * Headers for every response the dashboard serves: only this origin may supply scripts, styles, images, fonts
 * and API calls; inline code runs only when its hash is listed; no framing, no MIME sniffing, no referrer
 * leaking paths to other sites.
 */
export function securityHeaders(
  hashes: { scripts: string[]; styles: string[] } = { scripts: [], styles: [] },
): Record<string, string> {
  const csp = [
    "default-src 'self'",
    ['script-src', "'self'", ...hashes.scripts].join(' '),
    ['style-src', "'self'", ...hashes.styles].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}
