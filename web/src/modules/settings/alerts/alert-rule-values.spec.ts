import { splitList, toInput, toValues, validateRule, type AlertRuleValues } from './alert-rule-values';

const rule = (patch: Partial<AlertRuleValues>): AlertRuleValues => ({ ...toValues(null), name: 'Quality', ...patch });

describe('alert rule form values', () => {
  it('round-trips a saved rule into editable text and back', () => {
    const values = toValues({
      kind: 'SLA_BELOW_TARGET',
      name: 'SLA',
      enabled: false,
      threshold: 85,
      accountIds: ['wa-1', 'wa-2'],
      emailRecipients: ['ops@example.com'],
      notifyWebhook: false,
    });
    expect(values).toEqual({
      kind: 'SLA_BELOW_TARGET',
      name: 'SLA',
      enabled: false,
      threshold: '85',
      accountIds: 'wa-1, wa-2',
      emailRecipients: 'ops@example.com',
      notifyWebhook: false,
    });
    expect(toInput(values)).toEqual({
      kind: 'SLA_BELOW_TARGET',
      name: 'SLA',
      enabled: false,
      threshold: 85,
      accountIds: ['wa-1', 'wa-2'],
      emailRecipients: ['ops@example.com'],
      notifyWebhook: false,
    });
  });

  it('splits lists on commas, spaces and new lines, without blanks or repeats', () => {
    expect(splitList(' a@x.io,b@x.io\n a@x.io ;; ')).toEqual(['a@x.io', 'b@x.io']);
    expect(splitList('')).toEqual([]);
  });

  it('sends no threshold for kinds without one, whatever was typed', () => {
    expect(toInput(rule({ kind: 'TIER_CHANGE', threshold: '50' })).threshold).toBeNull();
  });

  it('requires a name and a threshold in range for SLA and NPS rules', () => {
    expect(validateRule(rule({}))).toEqual({});
    expect(validateRule(rule({ name: '  ' })).name).toBe('alertSettings.nameInvalid');
    expect(validateRule(rule({ kind: 'SLA_BELOW_TARGET', threshold: '' })).threshold).toBe(
      'alertSettings.thresholdSla',
    );
    expect(validateRule(rule({ kind: 'SLA_BELOW_TARGET', threshold: '101' })).threshold).toBe(
      'alertSettings.thresholdSla',
    );
    expect(validateRule(rule({ kind: 'SLA_BELOW_TARGET', threshold: '100' })).threshold).toBeUndefined();
    expect(validateRule(rule({ kind: 'NPS_DROP', threshold: '-1' })).threshold).toBe('alertSettings.thresholdNps');
    expect(validateRule(rule({ kind: 'NPS_DROP', threshold: '12.5' })).threshold).toBeUndefined();
  });

  it('checks every e-mail recipient and the limit of 20', () => {
    expect(validateRule(rule({ emailRecipients: 'ops@example.com, not-an-address' })).emailRecipients).toBe(
      'alertSettings.recipientsInvalid',
    );
    const many = Array.from({ length: 21 }, (_, i) => `u${i}@example.com`).join(',');
    expect(validateRule(rule({ emailRecipients: many })).emailRecipients).toBe('alertSettings.recipientsInvalid');
  });
});
