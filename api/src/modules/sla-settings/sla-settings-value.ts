/** What an SLA target measures: the first agent reply, every later reply, or the resolution. */
export const SLA_KINDS = ['FIRST_RESPONSE', 'NEXT_REPLY', 'RESOLUTION'] as const;
export type SlaKind = (typeof SLA_KINDS)[number];

/** CALENDAR counts every minute; BUSINESS only minutes inside the tenant's business hours (tenant settings). */
export const TIME_BASES = ['CALENDAR', 'BUSINESS'] as const;
export type TimeBasis = (typeof TIME_BASES)[number];

/** 30 days: a longer target is not a service level. */
export const MAX_SLA_MINUTES = 43_200;

/** One tenant target as analytics use it. */
export interface SlaTargetValue {
  kind: SlaKind;
  minutes: number;
  basis: TimeBasis;
}
