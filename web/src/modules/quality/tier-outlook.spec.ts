import { accountBlockers, tierOutlook } from './tier-outlook';

const tier = (patch: Partial<Parameters<typeof tierOutlook>[0]> = {}): Parameters<typeof tierOutlook>[0] => ({
  limit: 'TIER_1K',
  next: 'TIER_10K',
  threshold: 500,
  usage24h: 0.2,
  progress7d: 0.4,
  eligible: false,
  blockers: ['usage_below_threshold'],
  projectedUpgradeAt: null,
  downgradeRisk: null,
  ...patch,
});

describe('tier outlook', () => {
  it('says an eligible number moves up, with the date the era gives', () => {
    expect(tierOutlook(tier({ eligible: true, blockers: [], projectedUpgradeAt: '2026-03-02T10:00:00Z' }))).toEqual({
      kind: 'eligible',
      next: 'TIER_10K',
      at: '2026-03-02T10:00:00Z',
    });
  });

  it('projects by the trend when usage is the only thing missing and the trend reaches it', () => {
    expect(tierOutlook(tier({ projectedUpgradeAt: '2026-03-20T00:00:00Z' }))).toEqual({
      kind: 'trend',
      next: 'TIER_10K',
      at: '2026-03-20T00:00:00Z',
    });
  });

  it('has no date when blocked without a projection, at the top, or without a limit', () => {
    expect(tierOutlook(tier({ blockers: ['flagged', 'usage_below_threshold'] }))).toEqual({
      kind: 'blocked',
      next: 'TIER_10K',
    });
    expect(tierOutlook(tier({ next: null, blockers: ['top_tier'], limit: 'TIER_UNLIMITED' }))).toEqual({ kind: 'top' });
    expect(tierOutlook(tier({ next: null, blockers: ['limit_not_set'], limit: 'TIER_NOT_SET' }))).toEqual({
      kind: 'notSet',
    });
  });

  it('lists the blockers about the number, leaving out the ends of the ladder', () => {
    expect(accountBlockers(tier({ blockers: ['flagged', 'quality_low', 'usage_below_threshold'] }))).toEqual([
      'flagged',
      'quality_low',
      'usage_below_threshold',
    ]);
    expect(accountBlockers(tier({ blockers: ['top_tier'] }))).toEqual([]);
  });
});
