import { thrownCode } from './testing/thrown-code';
import { tierProgress, type TierProgressInput } from './tier-progress';

const NOW = '2025-03-10T12:00:00.000Z';

function progress(fields: Partial<TierProgressInput>) {
  return tierProgress({
    era: 'legacy',
    currentLimit: 'TIER_1K',
    qualityRating: 'GREEN',
    status: 'CONNECTED',
    uniqueRecipients7d: 0,
    uniqueRecipients24h: 0,
    dailyUniqueRecipients: [],
    now: NOW,
    ...fields,
  });
}

describe('tierProgress — legacy (2× the limit in 7 days, quality not low)', () => {
  it('upgrades at exactly 2× the limit, effective at once', () => {
    expect(progress({ uniqueRecipients7d: 2000, uniqueRecipients24h: 500 })).toEqual({
      era: 'legacy',
      scope: 'number',
      limit: 'TIER_1K',
      next: 'TIER_10K',
      threshold: 2000,
      usage24h: 0.5,
      progress7d: 1,
      eligible: true,
      blockers: [],
      projectedUpgradeAt: NOW,
      downgradeRisk: null,
    });
  });

  it('does not upgrade at 2× − 1', () => {
    const result = progress({ uniqueRecipients7d: 1999 });
    expect(result.eligible).toBe(false);
    expect(result.blockers).toEqual(['usage_below_threshold']);
    expect(result.progress7d).toBe(0.9995);
    expect(result.projectedUpgradeAt).toBeNull();
  });

  it('caps progress at 1 above the threshold', () => {
    expect(progress({ currentLimit: 'TIER_10K', uniqueRecipients7d: 30000 }).progress7d).toBe(1);
  });

  it('is blocked by low quality, not by medium or unknown', () => {
    expect(progress({ uniqueRecipients7d: 2000, qualityRating: 'RED' }).blockers).toEqual(['quality_low']);
    expect(progress({ uniqueRecipients7d: 2000, qualityRating: 'YELLOW' }).eligible).toBe(true);
    expect(progress({ uniqueRecipients7d: 2000, qualityRating: 'UNKNOWN' }).eligible).toBe(true);
  });

  it('is blocked while flagged; restricted (the 24 h limit reached) still grows', () => {
    expect(progress({ uniqueRecipients7d: 2000, status: 'FLAGGED' }).blockers).toEqual(['flagged']);
    expect(progress({ uniqueRecipients7d: 2000, status: 'RESTRICTED' }).eligible).toBe(true);
    expect(progress({ uniqueRecipients7d: 2000, status: 'OFFLINE' }).blockers).toEqual(['not_connected']);
  });

  it('lists every blocker at once', () => {
    expect(progress({ uniqueRecipients7d: 10, status: 'FLAGGED', qualityRating: 'RED' }).blockers).toEqual([
      'flagged',
      'quality_low',
      'usage_below_threshold',
    ]);
  });
});

describe('tierProgress — 2023 (half the limit in 7 days, connected, medium/high, +24 h)', () => {
  const y2023 = { era: 'y2023', currentLimit: 'TIER_10K' } as const;

  it('upgrades at exactly half the limit, effective 24 h later', () => {
    const result = progress({ ...y2023, uniqueRecipients7d: 5000, uniqueRecipients24h: 2500 });
    expect(result).toMatchObject({
      next: 'TIER_100K',
      threshold: 5000,
      usage24h: 0.25,
      progress7d: 1,
      eligible: true,
      blockers: [],
      projectedUpgradeAt: '2025-03-11T12:00:00.000Z',
    });
  });

  it('does not upgrade at half − 1', () => {
    const result = progress({ ...y2023, uniqueRecipients7d: 4999 });
    expect(result.eligible).toBe(false);
    expect(result.blockers).toEqual(['usage_below_threshold']);
    expect(result.progress7d).toBe(0.9998);
  });

  it('allows medium quality, blocks low and unknown', () => {
    expect(progress({ ...y2023, uniqueRecipients7d: 5000, qualityRating: 'YELLOW' }).eligible).toBe(true);
    expect(progress({ ...y2023, uniqueRecipients7d: 5000, qualityRating: 'RED' }).blockers).toEqual(['quality_low']);
    expect(progress({ ...y2023, uniqueRecipients7d: 5000, qualityRating: 'UNKNOWN' }).blockers).toEqual([
      'quality_unknown',
    ]);
  });

  it('needs status connected', () => {
    expect(progress({ ...y2023, uniqueRecipients7d: 5000, status: 'RESTRICTED' }).blockers).toEqual(['not_connected']);
    expect(progress({ ...y2023, uniqueRecipients7d: 5000, status: 'FLAGGED' }).blockers).toEqual(['flagged']);
  });

  it('accepts the limit as an integer', () => {
    expect(progress({ ...y2023, currentLimit: 10000, uniqueRecipients7d: 5000 }).limit).toBe('TIER_10K');
  });

  it('leaves 250 → 1K to a scaling path (verification or volume), not the half rule', () => {
    const result = progress({
      era: 'y2023',
      currentLimit: 'TIER_250',
      uniqueRecipients7d: 250,
      uniqueRecipients24h: 50,
    });
    expect(result).toMatchObject({
      next: 'TIER_1K',
      threshold: null,
      usage24h: 0.2,
      progress7d: null,
      eligible: false,
      blockers: ['scaling_path_required'],
      projectedUpgradeAt: null,
    });
  });
});

describe('tierProgress — 2025 (portfolio, half the limit, high quality, within 6 h)', () => {
  const y2025 = { era: 'y2025', currentLimit: 'TIER_2K' } as const;

  it('upgrades at exactly half the limit, effective within 6 h', () => {
    expect(progress({ ...y2025, uniqueRecipients7d: 1000 })).toMatchObject({
      scope: 'portfolio',
      next: 'TIER_10K',
      threshold: 1000,
      eligible: true,
      projectedUpgradeAt: '2025-03-10T18:00:00.000Z',
    });
  });

  it('does not upgrade at half − 1', () => {
    expect(progress({ ...y2025, uniqueRecipients7d: 999 }).blockers).toEqual(['usage_below_threshold']);
  });

  it('needs high quality: medium, low and unknown block', () => {
    expect(progress({ ...y2025, uniqueRecipients7d: 1000, qualityRating: 'YELLOW' }).blockers).toEqual([
      'quality_not_high',
    ]);
    expect(progress({ ...y2025, uniqueRecipients7d: 1000, qualityRating: 'RED' }).blockers).toEqual(['quality_low']);
    expect(progress({ ...y2025, uniqueRecipients7d: 1000, qualityRating: 'UNKNOWN' }).blockers).toEqual([
      'quality_unknown',
    ]);
  });

  it('has no flagged state and no quality downgrade', () => {
    const result = progress({
      ...y2025,
      uniqueRecipients7d: 1000,
      status: 'FLAGGED',
      flaggedSince: '2025-03-01T00:00:00.000Z',
    });
    expect(result.eligible).toBe(true);
    expect(result.downgradeRisk).toBeNull();
  });

  it('leaves 250 → 2K to a scaling path', () => {
    expect(progress({ era: 'y2025', currentLimit: 'TIER_250', uniqueRecipients7d: 125 }).blockers).toEqual([
      'scaling_path_required',
    ]);
  });
});

describe('tierProgress — top and unset limits', () => {
  it('unlimited has no next tier, threshold or usage share', () => {
    for (const era of ['legacy', 'y2023', 'y2025'] as const) {
      expect(progress({ era, currentLimit: -1, uniqueRecipients7d: 500000, uniqueRecipients24h: 200000 })).toEqual({
        era,
        scope: era === 'y2025' ? 'portfolio' : 'number',
        limit: 'TIER_UNLIMITED',
        next: null,
        threshold: null,
        usage24h: null,
        progress7d: null,
        eligible: false,
        blockers: ['top_tier'],
        projectedUpgradeAt: null,
        downgradeRisk: null,
      });
    }
  });

  it('an unset limit has nothing to progress from', () => {
    expect(progress({ currentLimit: 'TIER_NOT_SET' })).toMatchObject({
      next: null,
      usage24h: null,
      blockers: ['limit_not_set'],
    });
  });
});

describe('tierProgress — downgrade risk (flagged 7 days → one tier down)', () => {
  it('is due when flagged for exactly 7 days', () => {
    const result = progress({ currentLimit: 'TIER_10K', status: 'FLAGGED', flaggedSince: '2025-03-03T12:00:00.000Z' });
    expect(result.downgradeRisk).toEqual({ to: 'TIER_1K', at: NOW, due: true });
  });

  it('is not yet due a millisecond short of 7 days', () => {
    const result = progress({ currentLimit: 'TIER_10K', status: 'FLAGGED', flaggedSince: '2025-03-03T12:00:00.001Z' });
    expect(result.downgradeRisk).toEqual({ to: 'TIER_1K', at: '2025-03-10T12:00:00.001Z', due: false });
  });

  it('2023 drops one level, to 250 from 1K', () => {
    const result = progress({
      era: 'y2023',
      currentLimit: 'TIER_1K',
      status: 'FLAGGED',
      flaggedSince: '2025-03-05T00:00:00.000Z',
    });
    expect(result.downgradeRisk).toEqual({ to: 'TIER_250', at: '2025-03-12T00:00:00.000Z', due: false });
  });

  it('flags an unknown date when the flag’s start is unknown, and nothing below the ladder', () => {
    expect(progress({ currentLimit: 'TIER_10K', status: 'FLAGGED' }).downgradeRisk).toEqual({
      to: 'TIER_1K',
      at: null,
      due: false,
    });
    expect(progress({ status: 'FLAGGED', flaggedSince: NOW }).downgradeRisk?.to).toBeNull();
  });

  it('is none when not flagged', () => {
    expect(progress({ flaggedSince: '2025-03-01T00:00:00.000Z' }).downgradeRisk).toBeNull();
  });
});

describe('tierProgress — projected upgrade from the daily trend', () => {
  const rising = [100, 150, 200, 250, 300, 350, 400]; // slope 50/day: tomorrow 450

  it('reaches 2× tomorrow: 1750 − 100 + 450 = 2100 ≥ 2000', () => {
    const result = progress({ uniqueRecipients7d: 1750, dailyUniqueRecipients: rising });
    expect(result.projectedUpgradeAt).toBe('2025-03-11T12:00:00.000Z');
  });

  it('scales by the share of unique recipients: half of 1750 → day 7 (½ × 4200 = 2100)', () => {
    const result = progress({ uniqueRecipients7d: 875, dailyUniqueRecipients: rising });
    expect(result.projectedUpgradeAt).toBe('2025-03-17T12:00:00.000Z');
    expect(
      progress({ uniqueRecipients7d: 875, dailyUniqueRecipients: rising, horizonDays: 6 }).projectedUpgradeAt,
    ).toBe(null);
  });

  it('adds the era’s delay: 2023, 280 → 350, 420, 490, 560 ≥ 500 on day 4, +24 h', () => {
    const result = progress({
      era: 'y2023',
      uniqueRecipients7d: 280,
      dailyUniqueRecipients: [10, 20, 30, 40, 50, 60, 70],
    });
    expect(result.threshold).toBe(500);
    expect(result.projectedUpgradeAt).toBe('2025-03-15T12:00:00.000Z');
  });

  it('a flat or falling trend never reaches the threshold', () => {
    expect(
      progress({ uniqueRecipients7d: 700, dailyUniqueRecipients: [100, 100, 100, 100, 100, 100, 100] }),
    ).toMatchObject({ projectedUpgradeAt: null });
    expect(
      progress({ uniqueRecipients7d: 1750, dailyUniqueRecipients: [...rising].reverse() }).projectedUpgradeAt,
    ).toBeNull();
  });

  it('projects nothing while quality or status blocks', () => {
    const result = progress({ uniqueRecipients7d: 1750, dailyUniqueRecipients: rising, qualityRating: 'RED' });
    expect(result.projectedUpgradeAt).toBeNull();
  });
});

describe('tierProgress — invalid input', () => {
  it.each<[string, Partial<TierProgressInput>, string]>([
    ['junk limit', { currentLimit: 'TIER_3K' }, 'MESSAGING_LIMIT_INVALID'],
    ['unknown era', { era: 'y2024' as never }, 'TIER_INPUT_INVALID'],
    ['negative count', { uniqueRecipients7d: -1 }, 'TIER_INPUT_INVALID'],
    ['fractional daily count', { dailyUniqueRecipients: [1.5] }, 'TIER_INPUT_INVALID'],
    ['bad now', { now: 'yesterday' }, 'TIER_INPUT_INVALID'],
    ['bad flaggedSince', { status: 'FLAGGED', flaggedSince: 'last week' }, 'TIER_INPUT_INVALID'],
    ['zero horizon', { horizonDays: 0 }, 'TIER_INPUT_INVALID'],
  ])('%s → %s', (_name, fields, code) => {
    expect(thrownCode(() => progress(fields))).toBe(code);
  });
});
