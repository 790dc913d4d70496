import type { MessagingLimit } from '../../events';

const VALUES: Record<MessagingLimit, number | null> = {
  TIER_50: 50,
  TIER_250: 250,
  TIER_1K: 1_000,
  TIER_2K: 2_000,
  TIER_10K: 10_000,
  TIER_100K: 100_000,
  TIER_UNLIMITED: Number.POSITIVE_INFINITY,
  TIER_NOT_SET: null,
};

/** Unique recipients per moving 24 h; Infinity for unlimited, null when no limit is set yet. */
export function messagingLimitValue(limit: MessagingLimit): number | null {
  return VALUES[limit];
}
