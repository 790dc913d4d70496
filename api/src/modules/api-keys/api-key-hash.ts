import { createHash } from 'node:crypto';

/**
 * Keys are looked up by their SHA-256: an attacker cannot steer which stored hash a guess lands near, so the
 * lookup needs no constant-time comparison. Keys are high-entropy, so a fast hash is the right one.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The visible part of a key: at most 8 characters and never more than a quarter of it. */
export function apiKeyPrefix(key: string): string {
  return key.slice(0, Math.min(8, Math.floor(key.length / 4)));
}
