import { registerEnumType } from '@nestjs/graphql';
import type { TimeBasis } from '../sla-settings-value';

/** GraphQL enum `TimeBasis` (shared with the support analytics): the wire names are the values. */
export const TimeBasisEnum = {
  CALENDAR: 'CALENDAR',
  BUSINESS: 'BUSINESS',
} as const satisfies Record<TimeBasis, TimeBasis>;

registerEnumType(TimeBasisEnum, {
  name: 'TimeBasis',
  description: 'How durations are counted',
  valuesMap: {
    CALENDAR: { description: 'Every minute counts' },
    BUSINESS: { description: "Only time inside the tenant's business hours (time zone, weekly hours, holidays)" },
  },
});
