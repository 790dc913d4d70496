import { MESSAGING_LIMITS, MESSAGING_LIMIT_NUMBERS, type MessagingLimit } from '../../events';
import { MessagingTierError } from './messaging-tier-error';

/** The platform's spellings: TIER_* names, the integers 50…100000 and -1, and the bare UNLIMITED of the 2025 docs. */
export function parseMessagingLimit(value: unknown): MessagingLimit {
  if (typeof value === 'number' && Object.prototype.hasOwnProperty.call(MESSAGING_LIMIT_NUMBERS, value)) {
    return MESSAGING_LIMIT_NUMBERS[value];
  }
  if (typeof value === 'string') {
    if (value === 'UNLIMITED') return 'TIER_UNLIMITED';
    if ((MESSAGING_LIMITS as readonly string[]).includes(value)) return value as MessagingLimit;
  }
  throw new MessagingTierError('MESSAGING_LIMIT_INVALID', `Not a messaging limit: ${JSON.stringify(value)}`);
}
