import { createHash } from 'node:crypto';

const MAX_ID_LENGTH = 128;

/**
 * Deterministic event id from its parts (`wa:msg:<wamid>`, `wa:st:<wamid>:<status>`, …) so a redelivered webhook
 * yields the same id and collapses in storage. Ids longer than the schema's 128 characters (e.g. long BSUIDs) keep
 * their `wa:<kind>` prefix and replace the rest with a SHA-256 of the full id, which is still deterministic.
 */
export function eventId(kind: string, ...parts: string[]): string {
  const id = ['wa', kind, ...parts].join(':');
  if (id.length <= MAX_ID_LENGTH) return id;
  return `wa:${kind}:h:${createHash('sha256').update(id).digest('base64url')}`;
}
