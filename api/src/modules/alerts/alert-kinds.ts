/** What an alert rule watches (contract AlertKind). */
export const ALERT_KINDS = [
  'QUALITY_DROP',
  'STATUS_FLAGGED',
  'STATUS_RESTRICTED',
  'TIER_CHANGE',
  'COMPLAINT_SPIKE',
  'SLA_BELOW_TARGET',
  'NPS_DROP',
  'COMPLIANCE_VIOLATION',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_SEVERITIES = ['INFO', 'WARNING', 'CRITICAL'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export const ALERT_DELIVERY_CHANNELS = ['WEBHOOK', 'EMAIL'] as const;
export type AlertDeliveryChannel = (typeof ALERT_DELIVERY_CHANNELS)[number];

export const ALERT_DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type AlertDeliveryStatus = (typeof ALERT_DELIVERY_STATUSES)[number];

/** Kinds read from account.quality_changed events. */
export const ACCOUNT_STATE_KINDS: readonly AlertKind[] = [
  'QUALITY_DROP',
  'STATUS_FLAGGED',
  'STATUS_RESTRICTED',
  'TIER_CHANGE',
];
