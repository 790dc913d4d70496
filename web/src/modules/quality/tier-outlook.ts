import type { AccountHealthQuery } from '@web/generated/graphql';

type Tier = AccountHealthQuery['accountHealth'][number]['tier'];

/** Where a number is heading, as one statement the page words: the upgrade, its projection, or why there is none. */
export type TierOutlook =
  | { kind: 'top' }
  | { kind: 'notSet' }
  | { kind: 'eligible'; next: string; at: string | null }
  | { kind: 'trend'; next: string; at: string }
  | { kind: 'blocked'; next: string | null };

export function tierOutlook(tier: Tier): TierOutlook {
  if (tier.blockers.includes('top_tier')) return { kind: 'top' };
  if (tier.blockers.includes('limit_not_set')) return { kind: 'notSet' };
  if (tier.eligible && tier.next) return { kind: 'eligible', next: tier.next, at: tier.projectedUpgradeAt ?? null };
  if (tier.next && tier.projectedUpgradeAt) return { kind: 'trend', next: tier.next, at: tier.projectedUpgradeAt };
  return { kind: 'blocked', next: tier.next ?? null };
}

/** The blockers that are about the number itself (usage is shown by the gauge, the ladder ends by the outlook). */
export function accountBlockers(tier: Tier): string[] {
  return tier.blockers.filter((b) => b !== 'top_tier' && b !== 'limit_not_set');
}
