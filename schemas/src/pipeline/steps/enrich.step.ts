import { createHash } from 'node:crypto';
import { MESSAGING_LIMIT_NUMBERS, type CanonicalEvent, type MessagingLimit } from '../../events';
import { contactCountryFromId } from '../contact-country';
import type { Pseudonymiser } from '../pseudonymiser';
import { ok, type StepResult } from '../step-result';

function limit(value: MessagingLimit | number | undefined): MessagingLimit | undefined {
  return typeof value === 'number' ? MESSAGING_LIMIT_NUMBERS[value] : value;
}

const MAX_ID = 128;

function pseudonymousId(id: string): string {
  return id.length <= MAX_ID ? id : `h:${createHash('sha256').update(id).digest('base64url')}`;
}

/**
 * Pseudonymises the contact and brings every accepted spelling to its one canonical form. The contact's country is
 * derived from a phone-number id first, while the raw number is still here; an explicit contactCountry is kept.
 * Idempotent: a second run sees a pseudonymous id and the country the first run set.
 */
export function enrichStep(event: CanonicalEvent, pseudonymiser: Pseudonymiser): StepResult<CanonicalEvent> {
  const out = { ...event, occurredAt: new Date(event.occurredAt).toISOString() } as CanonicalEvent;
  if ('contactId' in out && out.contactId !== undefined) {
    const raw = out.contactId;
    if (out.contactCountry === undefined) {
      const country = contactCountryFromId(out.channel, raw);
      if (country) out.contactCountry = country;
    }
    out.contactId = pseudonymiser.contactId(out.tenantId, raw);
    // Receivers build some ids from the provider's user id (no message id exists); keep it out of storage there too.
    if (out.contactId !== raw && out.id.includes(raw)) out.id = pseudonymousId(out.id.split(raw).join(out.contactId));
  }
  switch (out.type) {
    case 'message.sent':
      if (out.payload.templateCategory) {
        out.payload = {
          ...out.payload,
          templateCategory: out.payload.templateCategory.toLowerCase(),
        };
      }
      break;
    case 'message.status':
      if (typeof out.payload.errorCode === 'number')
        out.payload = { ...out.payload, errorCode: String(out.payload.errorCode) };
      break;
    case 'account.quality_changed': {
      const { messagingLimit, previousLimit } = out.payload;
      if (typeof messagingLimit === 'number' || typeof previousLimit === 'number') {
        out.payload = { ...out.payload, messagingLimit: limit(messagingLimit), previousLimit: limit(previousLimit) };
        if (out.payload.messagingLimit === undefined) delete out.payload.messagingLimit;
        if (out.payload.previousLimit === undefined) delete out.payload.previousLimit;
      }
      break;
    }
    default:
      break;
  }
  return ok(out);
}
