import { nextTier, tierBelow } from './next-tier';
import { TIER_ERAS } from './tier-eras';

const { legacy, y2023, y2025 } = TIER_ERAS;

describe('TIER_ERAS', () => {
  it('holds the ladders, scopes and rules of DOMAIN.md §1', () => {
    expect(legacy.ladder).toEqual(['TIER_1K', 'TIER_10K', 'TIER_100K', 'TIER_UNLIMITED']);
    expect(y2023.ladder).toEqual(['TIER_250', 'TIER_1K', 'TIER_10K', 'TIER_100K', 'TIER_UNLIMITED']);
    expect(y2025.ladder).toEqual(['TIER_250', 'TIER_2K', 'TIER_10K', 'TIER_100K', 'TIER_UNLIMITED']);
    expect([legacy.scope, y2023.scope, y2025.scope]).toEqual(['number', 'number', 'portfolio']);
    expect([legacy, y2023, y2025].map((era) => era.upgrade.thresholdFactor)).toEqual([2, 0.5, 0.5]);
    expect([legacy, y2023, y2025].map((era) => era.upgrade.effectDelayHours)).toEqual([0, 24, 6]);
    expect([legacy, y2023, y2025].map((era) => era.downgradeAfterFlaggedDays)).toEqual([7, 7, null]);
  });
});

describe('nextTier', () => {
  it.each([
    [legacy, 'TIER_1K', 'TIER_10K'],
    [legacy, 'TIER_100K', 'TIER_UNLIMITED'],
    [y2023, 'TIER_250', 'TIER_1K'],
    [y2023, 'TIER_1K', 'TIER_10K'],
    [y2025, 'TIER_250', 'TIER_2K'],
    [y2025, 'TIER_2K', 'TIER_10K'],
    // Off the era's ladder: the smallest step above.
    [legacy, 'TIER_50', 'TIER_1K'],
    [y2023, 'TIER_2K', 'TIER_10K'],
    [y2025, 'TIER_1K', 'TIER_2K'],
  ] as const)('%#: %s → %s', (era, limit, next) => {
    expect(nextTier(era, limit)).toBe(next);
  });

  it('has nothing above unlimited and nothing from an unset limit', () => {
    for (const era of [legacy, y2023, y2025]) {
      expect(nextTier(era, 'TIER_UNLIMITED')).toBeNull();
      expect(nextTier(era, 'TIER_NOT_SET')).toBeNull();
    }
  });
});

describe('tierBelow', () => {
  it('is one step down the era’s ladder, null at the bottom', () => {
    expect(tierBelow(legacy, 'TIER_UNLIMITED')).toBe('TIER_100K');
    expect(tierBelow(legacy, 'TIER_10K')).toBe('TIER_1K');
    expect(tierBelow(legacy, 'TIER_1K')).toBeNull();
    expect(tierBelow(y2023, 'TIER_1K')).toBe('TIER_250');
    expect(tierBelow(y2023, 'TIER_NOT_SET')).toBeNull();
  });
});
