import { registerEnumType } from '@nestjs/graphql';
import type { TierEraChoice } from '../monitoring-settings-value';

/** GraphQL enum `TierEraChoice`: the wire names are the values. */
export const TierEraChoiceEnum = {
  AUTO: 'AUTO',
  LEGACY: 'LEGACY',
  ERA_2023: 'ERA_2023',
  PORTFOLIO_2025: 'PORTFOLIO_2025',
} as const satisfies Record<TierEraChoice, TierEraChoice>;

registerEnumType(TierEraChoiceEnum, {
  name: 'TierEraChoice',
  description: 'Which messaging-limit rule account health applies',
  valuesMap: {
    AUTO: {
      description: 'The era in force on each date (legacy before 2023, half-limit until 2025-10-06, then portfolio)',
    },
    LEGACY: { description: 'Per number 1K → 10K → 100K → unlimited; upgrade on 2× the limit in 7 days' },
    ERA_2023: {
      description: 'Per number 250 → 1K → 10K → 100K → unlimited; upgrade on ≥ half the limit in 7 days, +24 h',
    },
    PORTFOLIO_2025: {
      description: 'Per business portfolio 250 → 2K → 10K → 100K → unlimited, reach summed over its numbers; +6 h',
    },
  },
});
