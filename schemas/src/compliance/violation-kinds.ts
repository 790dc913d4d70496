/**
 * The violation kinds of DOMAIN.md §4, in its order. Consent kinds (NO_CONSENT, AFTER_OPT_OUT, PURPOSE_MISMATCH)
 * are mutually exclusive per message; the others are independent (docs/compliance.md).
 */
export const VIOLATION_KINDS = [
  'NO_CONSENT',
  'AFTER_OPT_OUT',
  'PURPOSE_MISMATCH',
  'OUTSIDE_WINDOW',
  'PROHIBITED_CONTENT',
  'TEMPLATE_MISUSE',
  'FREQUENCY_CAP',
  'QUIET_HOURS',
  'PLATFORM_ENFORCEMENT',
] as const;

export type ViolationKind = (typeof VIOLATION_KINDS)[number];

/** Severity levels, least to most severe. */
export const VIOLATION_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

export type ViolationSeverity = (typeof VIOLATION_SEVERITIES)[number];
