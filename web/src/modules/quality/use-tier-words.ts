import type { AccountHealthQuery } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { accountBlockers, tierOutlook } from './tier-outlook';

type Account = AccountHealthQuery['accountHealth'][number];

const LIMIT_VALUES: Record<string, number> = {
  TIER_50: 50,
  TIER_250: 250,
  TIER_1K: 1000,
  TIER_2K: 2000,
  TIER_10K: 10_000,
  TIER_100K: 100_000,
};
const ERAS = ['legacy', 'y2023', 'y2025'] as const;
const RATINGS = ['GREEN', 'YELLOW', 'RED', 'UNKNOWN'] as const;
const BLOCKERS = [
  'scaling_path_required',
  'flagged',
  'not_connected',
  'quality_low',
  'quality_not_high',
  'quality_unknown',
  'usage_below_threshold',
] as const;

const known = <T extends string>(list: readonly T[], value: string | null | undefined): T | null =>
  list.find((v) => v === value) ?? null;

/** The words the Quality page says a number's limit, rating, era, outlook and blockers with, in the viewer's language. */
export function useTierWords() {
  const { t, fmt } = useI18n();
  const limit = (value: string | null | undefined): string => {
    if (!value) return '—';
    if (value === 'TIER_UNLIMITED') return t('quality.limit.unlimited');
    if (value === 'TIER_NOT_SET') return t('quality.limit.notSet');
    const n = LIMIT_VALUES[value];
    return n === undefined ? value : t('quality.limit.perDay', { n: fmt.count(n) });
  };
  const rating = (value: string | null | undefined): string => {
    const r = known(RATINGS, value);
    return r ? t(`quality.rating.${r}`) : (value ?? '—');
  };
  const era = (value: string): string => {
    const e = known(ERAS, value);
    return e ? t(`quality.era.${e}`) : value;
  };
  const blockers = (account: Account): string[] =>
    accountBlockers(account.tier).map((b) => {
      const k = known(BLOCKERS, b);
      return k ? t(`quality.blocker.${k}`) : b;
    });
  const outlook = (account: Account): string => {
    const o = tierOutlook(account.tier);
    switch (o.kind) {
      case 'top':
        return t('quality.outlook.top');
      case 'notSet':
        return t('quality.outlook.notSet');
      case 'eligible':
        return o.at
          ? t('quality.outlook.eligible', { next: limit(o.next), date: fmt.dateTime(o.at) })
          : t('quality.outlook.eligibleNoDate', { next: limit(o.next) });
      case 'trend':
        return t('quality.outlook.trend', { next: limit(o.next), date: fmt.dateTime(o.at) });
      case 'blocked':
        return o.next ? t('quality.outlook.blocked', { next: limit(o.next) }) : t('quality.outlook.noNext');
    }
  };
  const downgrade = (account: Account): string | null => {
    const risk = account.tier.downgradeRisk;
    if (!risk) return null;
    const to = risk.to ? limit(risk.to) : t('quality.limit.bottom');
    if (risk.due) return t('quality.downgrade.due', { to });
    return risk.at
      ? t('quality.downgrade.at', { to, date: fmt.dateTime(risk.at) })
      : t('quality.downgrade.unknown', { to });
  };
  // Under the per-portfolio rule the tier follows the portfolio's reach, so the gauges say whose customers they count.
  const reach = (account: Account, window: '24h' | '7d', of: string): string => {
    const own = window === '24h' ? account.reached24h : account.reached7d;
    const shared = window === '24h' ? account.portfolioReached24h : account.portfolioReached7d;
    if (!account.portfolioId || shared === null || shared === undefined)
      return t('quality.reachedOf', { reached: fmt.count(own), of });
    return t('quality.reachedOfPortfolio', { reached: fmt.count(shared), of, own: fmt.count(own) });
  };
  const name = (account: Account): string =>
    account.displayName
      ? `${account.displayName}${account.displayPhoneNumber ? ` (${account.displayPhoneNumber})` : ''}`
      : (account.displayPhoneNumber ?? account.accountExternalId);
  return { limit, rating, era, blockers, outlook, downgrade, reach, name };
}
