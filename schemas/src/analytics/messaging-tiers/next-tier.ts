import type { MessagingLimit } from '../../events';
import { messagingLimitValue } from './messaging-limit-value';
import type { TierEra } from './tier-eras';

/**
 * The era's next step above `limit`. A limit off the era's ladder (TIER_50, or a 2K number read under the
 * 2023 rule) moves to the smallest ladder step above it. Unlimited and TIER_NOT_SET have none.
 */
export function nextTier(era: TierEra, limit: MessagingLimit): MessagingLimit | null {
  const value = messagingLimitValue(limit);
  if (value === null) return null;
  return era.ladder.find((step) => (messagingLimitValue(step) as number) > value) ?? null;
}

/** The era's step below `limit` (where a downgrade lands); null at the bottom of the ladder. */
export function tierBelow(era: TierEra, limit: MessagingLimit): MessagingLimit | null {
  const value = messagingLimitValue(limit);
  if (value === null) return null;
  return [...era.ladder].reverse().find((step) => (messagingLimitValue(step) as number) < value) ?? null;
}
