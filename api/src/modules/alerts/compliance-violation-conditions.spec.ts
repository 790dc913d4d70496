import { complianceViolationConditions, type SevereViolation } from './compliance-violation-conditions';

const violation = (extra: Partial<SevereViolation>): SevereViolation => ({
  kind: 'PLATFORM_ENFORCEMENT',
  severity: 'high',
  accountId: 'wa_1',
  campaignId: null,
  templateName: null,
  occurredAt: new Date('2026-03-09T22:30:00.000Z'),
  ...extra,
});

describe('complianceViolationConditions', () => {
  const conditions = (violations: SevereViolation[]) =>
    complianceViolationConditions(
      violations,
      'Europe/Warsaw',
      (account) => `Shop (${account})`,
      (account) => `id-${account}`,
    );

  it('groups by the tenant-local day and is critical when any violation of the group is', () => {
    const found = conditions([
      // 23:30 and 00:30 in Warsaw: two local days although both are 2026-03-09 in UTC.
      violation({ severity: 'high' }),
      violation({ severity: 'critical', occurredAt: new Date('2026-03-09T23:30:00.000Z') }),
      violation({ severity: 'high', occurredAt: new Date('2026-03-09T23:45:00.000Z') }),
    ]);
    expect(found.map((c) => [c.key, c.severity, c.title])).toEqual([
      [
        'PLATFORM_ENFORCEMENT|wa_1||2026-03-09',
        'WARNING',
        '1 PLATFORM_ENFORCEMENT violation on Shop (wa_1) on 2026-03-09',
      ],
      [
        'PLATFORM_ENFORCEMENT|wa_1||2026-03-10',
        'CRITICAL',
        '2 PLATFORM_ENFORCEMENT violations on Shop (wa_1) on 2026-03-10',
      ],
    ]);
    expect(found[1].detail).toBe('2 platform enforcement events on Shop (wa_1) on 2026-03-10 (critical severity).');
  });

  it('keeps campaigns and templates apart and links the day, kind and account', () => {
    const found = conditions([
      violation({ kind: 'PROHIBITED_CONTENT', templateName: 'promo' }),
      violation({ kind: 'PROHIBITED_CONTENT', campaignId: 'spring' }),
    ]);
    expect(found.map((c) => c.key)).toEqual([
      'PROHIBITED_CONTENT|wa_1|template:promo|2026-03-09',
      'PROHIBITED_CONTENT|wa_1|spring|2026-03-09',
    ]);
    expect(found[0].detail).toBe(
      '1 message with prohibited content with template promo on Shop (wa_1) on 2026-03-09 (high severity).',
    );
    expect(found[1].link).toBe('/compliance?from=2026-03-09&to=2026-03-09&kind=PROHIBITED_CONTENT&account=id-wa_1');
  });
});
