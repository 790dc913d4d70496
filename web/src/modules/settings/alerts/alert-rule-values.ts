import type { AlertKind, AlertRuleInput } from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';

export const ALERT_KINDS: readonly AlertKind[] = [
  'QUALITY_DROP',
  'STATUS_FLAGGED',
  'STATUS_RESTRICTED',
  'TIER_CHANGE',
  'COMPLAINT_SPIKE',
  'SLA_BELOW_TARGET',
  'NPS_DROP',
  'COMPLIANCE_VIOLATION',
];

/** Kinds that take a threshold, with its bounds: SLA attainment in % (0–100), an NPS drop in points (0–200). */
export const THRESHOLDS: Partial<Record<AlertKind, { min: number; max: number; suggested: number }>> = {
  SLA_BELOW_TARGET: { min: 0, max: 100, suggested: 90 },
  NPS_DROP: { min: 0, max: 200, suggested: 10 },
};

export const MAX_RECIPIENTS = 20;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A rule as the form edits it: lists and the threshold as typed. */
export interface AlertRuleValues {
  kind: AlertKind;
  name: string;
  enabled: boolean;
  threshold: string;
  accountIds: string;
  emailRecipients: string;
  notifyWebhook: boolean;
}

interface SavedRule {
  kind: AlertKind;
  name: string;
  enabled: boolean;
  threshold?: number | null;
  accountIds: readonly string[];
  emailRecipients: readonly string[];
  notifyWebhook: boolean;
}

export function toValues(rule: SavedRule | null): AlertRuleValues {
  if (!rule)
    return {
      kind: 'QUALITY_DROP',
      name: '',
      enabled: true,
      threshold: '',
      accountIds: '',
      emailRecipients: '',
      notifyWebhook: true,
    };
  return {
    kind: rule.kind,
    name: rule.name,
    enabled: rule.enabled,
    threshold: rule.threshold === null || rule.threshold === undefined ? '' : String(rule.threshold),
    accountIds: rule.accountIds.join(', '),
    emailRecipients: rule.emailRecipients.join(', '),
    notifyWebhook: rule.notifyWebhook,
  };
}

/** Items of a list typed with commas, spaces or new lines; blanks and repeats dropped. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

/** Field → message key of what is wrong, for the fields that are. */
export function validateRule(
  values: AlertRuleValues,
): Partial<Record<'name' | 'threshold' | 'emailRecipients', MessageKey>> {
  const issues: Partial<Record<'name' | 'threshold' | 'emailRecipients', MessageKey>> = {};
  const name = values.name.trim();
  if (!name || name.length > 200) issues.name = 'alertSettings.nameInvalid';
  const bounds = THRESHOLDS[values.kind];
  if (bounds) {
    const text = values.threshold.trim();
    const value = Number(text);
    if (!text || !Number.isFinite(value) || value < bounds.min || value > bounds.max)
      issues.threshold =
        values.kind === 'SLA_BELOW_TARGET' ? 'alertSettings.thresholdSla' : 'alertSettings.thresholdNps';
  }
  const recipients = splitList(values.emailRecipients);
  if (recipients.length > MAX_RECIPIENTS || recipients.some((r) => !EMAIL.test(r)))
    issues.emailRecipients = 'alertSettings.recipientsInvalid';
  return issues;
}

/** The API input: the threshold only for kinds that take one. */
export function toInput(values: AlertRuleValues): AlertRuleInput {
  const takesThreshold = THRESHOLDS[values.kind] !== undefined;
  return {
    kind: values.kind,
    name: values.name.trim(),
    enabled: values.enabled,
    threshold: takesThreshold ? Number(values.threshold.trim()) : null,
    accountIds: splitList(values.accountIds),
    emailRecipients: splitList(values.emailRecipients),
    notifyWebhook: values.notifyWebhook,
  };
}
