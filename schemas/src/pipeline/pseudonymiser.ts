import { createHmac } from 'node:crypto';

/** Turns a provider's customer id into the stored pseudonymous contact key. */
export interface Pseudonymiser {
  contactId(tenantId: string, rawContactId: string): string;
}

const PREFIX = 'p1_';
const PSEUDONYM = /^p1_[A-Za-z0-9_-]{32}$/;
const PHONE_LIKE = /^\+?[\d\s().-]{6,}$/;

export function isPseudonymous(contactId: string): boolean {
  return PSEUDONYM.test(contactId);
}

/** The same person must get the same key whether a source writes "+49 151 2345" or "491512345". */
export function normaliseContactId(raw: string): string {
  const trimmed = raw.trim();
  if (PHONE_LIKE.test(trimmed)) return trimmed.replace(/\D/g, '');
  if (trimmed.includes('@')) return trimmed.toLowerCase();
  return trimmed;
}

/**
 * HMAC-SHA256 with a per-tenant key derived from one master secret, so ingesters need no key store and one
 * tenant's keys say nothing about another's. Already-pseudonymised ids pass through, which makes the step
 * idempotent when both the receiver (at the edge) and the ingester run it.
 */
export function createPseudonymiser(masterKey: string | Buffer): Pseudonymiser {
  const master = typeof masterKey === 'string' ? Buffer.from(masterKey, 'utf8') : masterKey;
  if (master.length < 16) throw new Error('pseudonymisation key must be at least 16 bytes');
  const tenantKeys = new Map<string, Buffer>();
  const tenantKey = (tenantId: string): Buffer => {
    let key = tenantKeys.get(tenantId);
    if (!key) {
      key = createHmac('sha256', master).update(`checkmark/contact/v1/${tenantId}`).digest();
      tenantKeys.set(tenantId, key);
    }
    return key;
  };
  return {
    contactId(tenantId, rawContactId) {
      if (isPseudonymous(rawContactId)) return rawContactId;
      const digest = createHmac('sha256', tenantKey(tenantId))
        .update(normaliseContactId(rawContactId))
        .digest('base64url');
      return PREFIX + digest.slice(0, 32);
    },
  };
}
