import { minutesIssue, toInput, toValues } from './sla-values';

describe('SLA target form values', () => {
  it('lists every kind once, saved targets switched on and the others off with a suggestion', () => {
    const values = toValues([{ kind: 'RESOLUTION', minutes: 480, basis: 'CALENDAR' }]);
    expect(values).toEqual([
      { kind: 'FIRST_RESPONSE', enabled: false, minutes: '60', basis: 'BUSINESS' },
      { kind: 'NEXT_REPLY', enabled: false, minutes: '120', basis: 'BUSINESS' },
      { kind: 'RESOLUTION', enabled: true, minutes: '480', basis: 'CALENDAR' },
    ]);
  });

  it('checks the minutes of switched-on targets only, within 1..43200 whole minutes', () => {
    const target = (minutes: string, enabled = true) => ({
      kind: 'FIRST_RESPONSE' as const,
      enabled,
      minutes,
      basis: 'BUSINESS' as const,
    });
    expect(minutesIssue(target('1'))).toBeUndefined();
    expect(minutesIssue(target(' 43200 '))).toBeUndefined();
    for (const bad of ['0', '43201', '1.5', '', '-5', 'ten'])
      expect(minutesIssue(target(bad))).toBe('slaSettings.minutesInvalid');
    expect(minutesIssue(target('', false))).toBeUndefined();
  });

  it('sends only the switched-on targets, minutes as numbers', () => {
    const values = toValues([]);
    values[0] = { ...values[0], enabled: true, minutes: ' 15 ' };
    expect(toInput(values)).toEqual([{ kind: 'FIRST_RESPONSE', minutes: 15, basis: 'BUSINESS' }]);
    expect(toInput(toValues([]))).toEqual([]);
  });
});
