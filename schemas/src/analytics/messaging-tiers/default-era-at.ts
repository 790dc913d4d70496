import { MessagingTierError } from './messaging-tier-error';
import { TIER_ERAS, type TierEra } from './tier-eras';

/**
 * The era in force on the UTC date of `at`: legacy through 2022-12-31 (DOMAIN.md dates the second rule only
 * as "2023", so its first day is the earliest defensible start), 2023 through 2025-10-06, 2025 from 2025-10-07.
 * Tenants can select another era; this is only the default.
 */
export function defaultEraAt(at: Date | string): TierEra {
  const time = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(time)) {
    throw new MessagingTierError('TIER_INPUT_INVALID', `Not a date: ${String(at)}`);
  }
  const day = new Date(time).toISOString().slice(0, 10);
  if (day >= (TIER_ERAS.y2025.defaultFrom as string)) return TIER_ERAS.y2025;
  if (day >= (TIER_ERAS.y2023.defaultFrom as string)) return TIER_ERAS.y2023;
  return TIER_ERAS.legacy;
}
