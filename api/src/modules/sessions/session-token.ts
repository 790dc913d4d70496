import { createHash, randomBytes } from 'node:crypto';

/** Session tokens carry this prefix so a bearer token is routed to sessions, anything else to API keys. */
export const SESSION_TOKEN_PREFIX = 'cms_';

/** 32 random bytes: unguessable, so a fast hash is the right one for lookup. */
export function newSessionToken(): string {
  return SESSION_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
