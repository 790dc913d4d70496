import { defaultEraAt, TIER_ERAS, type TierEra } from '@checkmark/schemas/analytics';
import type { TierEraChoice } from '../monitoring-settings/monitoring-settings-value';

const CHOSEN: Record<Exclude<TierEraChoice, 'AUTO'>, TierEra> = {
  LEGACY: TIER_ERAS.legacy,
  ERA_2023: TIER_ERAS.y2023,
  PORTFOLIO_2025: TIER_ERAS.y2025,
};

/** The messaging-limit rule a tenant's choice means at `now`: AUTO follows the era in force on that date. */
export function tierEraFor(choice: TierEraChoice, now: Date): TierEra {
  return choice === 'AUTO' ? defaultEraAt(now) : CHOSEN[choice];
}
