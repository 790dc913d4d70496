import type { AlertCondition } from './alert-condition';
import { localDate } from './tenant-days';

/** A stored violation as the alert rule reads it (high or critical, newly detected, not retracted). */
export interface SevereViolation {
  kind: string;
  severity: string;
  accountId: string;
  campaignId: string | null;
  templateName: string | null;
  occurredAt: Date;
}

const KIND_LABELS: Record<string, string> = {
  NO_CONSENT: 'sent without consent',
  AFTER_OPT_OUT: 'sent after an opt-out',
  PURPOSE_MISMATCH: 'sent outside the purpose of the opt-in',
  OUTSIDE_WINDOW: 'sent outside the customer service window',
  PROHIBITED_CONTENT: 'with prohibited content',
  TEMPLATE_MISUSE: 'misusing a template category',
  FREQUENCY_CAP: 'over the frequency cap',
  QUIET_HOURS: 'sent in quiet hours',
};

/**
 * New high and critical violations, one condition per kind, account, campaign (or template) and local day of
 * occurrence: a campaign sent to 5,000 people without consent is one alert with a count, not 5,000.
 */
export function complianceViolationConditions(
  violations: readonly SevereViolation[],
  timeZone: string,
  accountLabel: (externalId: string) => string,
  accountLink: (externalId: string) => string | null,
): AlertCondition[] {
  const groups = new Map<string, { first: SevereViolation; day: string; count: number; critical: boolean }>();
  for (const v of violations) {
    const day = localDate(v.occurredAt, timeZone);
    const subject = v.campaignId ?? (v.templateName ? `template:${v.templateName}` : '');
    const key = [v.kind, v.accountId, subject, day].join('|');
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      group.critical ||= v.severity === 'critical';
    } else groups.set(key, { first: v, day, count: 1, critical: v.severity === 'critical' });
  }
  return [...groups.entries()].map(([key, { first, day, count, critical }]) => {
    const enforcement = first.kind === 'PLATFORM_ENFORCEMENT';
    const what = enforcement ? '' : ` ${KIND_LABELS[first.kind] ?? first.kind}`;
    const account = first.accountId ? accountLabel(first.accountId) : 'the tenant';
    const scope = first.campaignId
      ? ` in campaign ${first.campaignId}`
      : first.templateName
        ? ` with template ${first.templateName}`
        : '';
    const noun = enforcement ? 'platform enforcement event' : 'message';
    const params = new URLSearchParams({ from: day, to: day, kind: first.kind });
    const accountParam = first.accountId ? accountLink(first.accountId) : null;
    if (accountParam) params.set('account', accountParam);
    return {
      kind: 'COMPLIANCE_VIOLATION',
      key,
      severity: critical ? 'CRITICAL' : 'WARNING',
      title: `${count} ${first.kind} violation${count === 1 ? '' : 's'} on ${account} on ${day}`,
      detail:
        `${count} ${noun}${count === 1 ? '' : 's'}${what}${scope} on ${account} on ${day} ` +
        `(${critical ? 'critical' : 'high'} severity).`,
      accountId: first.accountId || null,
      conditionAt: first.occurredAt,
      link: `/compliance?${params.toString()}`,
    };
  });
}
