import { registerEnumType } from '@nestjs/graphql';

export enum AlertKindEnum {
  QUALITY_DROP = 'QUALITY_DROP',
  STATUS_FLAGGED = 'STATUS_FLAGGED',
  STATUS_RESTRICTED = 'STATUS_RESTRICTED',
  TIER_CHANGE = 'TIER_CHANGE',
  COMPLAINT_SPIKE = 'COMPLAINT_SPIKE',
  SLA_BELOW_TARGET = 'SLA_BELOW_TARGET',
  NPS_DROP = 'NPS_DROP',
  COMPLIANCE_VIOLATION = 'COMPLIANCE_VIOLATION',
}
registerEnumType(AlertKindEnum, {
  name: 'AlertKind',
  description: 'What a rule watches; see docs/alerts.md for the condition and de-duplication key of each',
  valuesMap: {
    QUALITY_DROP: { description: 'A quality rating worse than the one before (GREEN > YELLOW > RED)' },
    STATUS_FLAGGED: { description: 'An account status change to FLAGGED' },
    STATUS_RESTRICTED: { description: 'An account status change to RESTRICTED' },
    TIER_CHANGE: { description: 'A messaging limit different from the one before' },
    COMPLAINT_SPIKE: { description: 'A day judged a complaint spike (trailing mean + 3σ, or the tenant threshold)' },
    SLA_BELOW_TARGET: {
      description: "A completed day whose SLA attainment of a team is below the rule's threshold (%)",
    },
    NPS_DROP: { description: "Weekly NPS fell by at least the rule's threshold (points) from the week before" },
    COMPLIANCE_VIOLATION: {
      description: 'New high or critical compliance violations, one alert per kind, account, campaign and day',
    },
  },
});

export enum AlertSeverityEnum {
  INFO = 'INFO',
  WARNING = 'WARNING',
  CRITICAL = 'CRITICAL',
}
registerEnumType(AlertSeverityEnum, { name: 'AlertSeverity' });

export enum AlertDeliveryChannelEnum {
  WEBHOOK = 'WEBHOOK',
  EMAIL = 'EMAIL',
}
registerEnumType(AlertDeliveryChannelEnum, { name: 'AlertDeliveryChannel' });

export enum AlertDeliveryStatusEnum {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(AlertDeliveryStatusEnum, {
  name: 'AlertDeliveryStatus',
  description: 'PENDING = not yet delivered (retries left); FAILED = gave up after the last attempt',
});
