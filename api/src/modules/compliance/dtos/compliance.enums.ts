import type { ViolationKind, ViolationSeverity } from '@checkmark/schemas/compliance';
import { registerEnumType } from '@nestjs/graphql';
import type { CaseState } from '../compliance-violation.entity';

/** GraphQL `ViolationKind`: the kinds of DOMAIN.md §4 (same spelling inside the app). */
export const ViolationKindEnum = {
  NO_CONSENT: 'NO_CONSENT',
  AFTER_OPT_OUT: 'AFTER_OPT_OUT',
  PURPOSE_MISMATCH: 'PURPOSE_MISMATCH',
  OUTSIDE_WINDOW: 'OUTSIDE_WINDOW',
  PROHIBITED_CONTENT: 'PROHIBITED_CONTENT',
  TEMPLATE_MISUSE: 'TEMPLATE_MISUSE',
  FREQUENCY_CAP: 'FREQUENCY_CAP',
  QUIET_HOURS: 'QUIET_HOURS',
  PLATFORM_ENFORCEMENT: 'PLATFORM_ENFORCEMENT',
} as const satisfies Record<ViolationKind, ViolationKind>;
registerEnumType(ViolationKindEnum, { name: 'ViolationKind' });

/** GraphQL `ViolationSeverity`: upper-case on the wire, lower-case inside the app. */
export const ViolationSeverityEnum = {
  LOW: 'low',
  MEDIUM: 'medium',
  HIGH: 'high',
  CRITICAL: 'critical',
} as const satisfies Record<string, ViolationSeverity>;
registerEnumType(ViolationSeverityEnum, { name: 'ViolationSeverity' });

/** GraphQL `CaseState`: upper-case on the wire, lower-case inside the app. */
export const CaseStateEnum = {
  OPEN: 'open',
  ACKNOWLEDGED: 'acknowledged',
  RESOLVED: 'resolved',
  FALSE_POSITIVE: 'false_positive',
} as const satisfies Record<string, CaseState>;
registerEnumType(CaseStateEnum, { name: 'CaseState' });

export enum ViolationTrendInterval {
  DAY = 'DAY',
  WEEK = 'WEEK',
}
registerEnumType(ViolationTrendInterval, {
  name: 'ViolationTrendInterval',
  description: "Calendar days or ISO weeks (Monday first) in the tenant's time zone",
});
