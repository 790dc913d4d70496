import type { Pseudonymiser } from '@checkmark/schemas/pipeline';

/**
 * Keeps the pseudonyms of recently seen contacts: the HMAC is about a third of the pipeline's CPU per event and
 * a contact's events come in runs. The mapping is a pure function of (tenant, contact), so a cached answer is
 * the answer. Bounded: the cache starts over when it holds `maxEntries`.
 */
export function memoisePseudonymiser(inner: Pseudonymiser, maxEntries = 100_000): Pseudonymiser {
  const known = new Map<string, string>();
  return {
    contactId(tenantId, rawContactId) {
      const key = `${tenantId}\u0000${rawContactId}`;
      let pseudonym = known.get(key);
      if (pseudonym === undefined) {
        pseudonym = inner.contactId(tenantId, rawContactId);
        if (known.size >= maxEntries) known.clear();
        known.set(key, pseudonym);
      }
      return pseudonym;
    },
  };
}
