import type { DailyComplaints } from './daily-complaints';
import { fromDayNumber, toDayNumber } from './day-number';
import { detectSpikes, type SpikeDay } from './detect-spikes';
import { trailingStats } from './trailing-stats';

/** Consecutive days from `start`, each [complaints, delivered]. */
function days(start: string, rows: [number, number][]): DailyComplaints[] {
  const first = toDayNumber(start);
  return rows.map(([complaints, delivered], index) => ({ date: fromDayNumber(first + index), complaints, delivered }));
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

function last(result: SpikeDay[]): SpikeDay {
  return result[result.length - 1];
}

// Seven days at 1,000 delivered with rates 2, 4, 2, 4, 2, 4, 3 per 1,000:
// mean = 21 / 7 = 3; squared deviations 1+1+1+1+1+1+0 = 6; sample σ = √(6 / 6) = 1; limit = 3 + 3 × 1 = 6.
// (Population σ would be √(6 / 7) ≈ 0.926, limit ≈ 5.78.)
// Judged days use 10,000 delivered: counting noise at the mean is √30 ≈ 5.48 complaints = 0.548 per 1,000,
// below σ = 1, so the floor does not apply.
const HISTORY: [number, number][] = [
  [2, 1000],
  [4, 1000],
  [2, 1000],
  [4, 1000],
  [2, 1000],
  [4, 1000],
  [3, 1000],
];

describe('detectSpikes (trailing mean + 3σ)', () => {
  it('flags a day far above the trailing mean', () => {
    const day = last(detectSpikes(days('2025-03-01', [...HISTORY, [150, 10_000]])));
    expect(day).toEqual({
      date: '2025-03-08',
      complaints: 150,
      delivered: 10_000,
      rate: 15,
      mean: 3,
      stdDev: 1,
      historyDays: 7,
      limit: 6,
      spike: true,
      reason: 'above_trailing_mean',
      judged: true,
      notJudgedReason: null,
    });
  });

  it('does not flag a normal day just under the limit (5.9 < 6, though above a population-σ limit of 5.78)', () => {
    const day = last(detectSpikes(days('2025-03-01', [...HISTORY, [59, 10_000]])));
    expect(day).toMatchObject({ rate: 5.9, limit: 6, judged: true, spike: false, reason: null });
  });

  it('needs strictly more than the limit: exactly 6 is not a spike, 6.1 is', () => {
    const at = last(detectSpikes(days('2025-03-01', [...HISTORY, [60, 10_000]])));
    expect(at).toMatchObject({ rate: 6, limit: 6, spike: false });
    const above = last(detectSpikes(days('2025-03-01', [...HISTORY, [61, 10_000]])));
    expect(above).toMatchObject({ rate: 6.1, spike: true });
  });

  it('does not judge a day with fewer than 7 usable history days, whatever its rate', () => {
    const result = detectSpikes(days('2025-03-01', [...HISTORY.slice(0, 6), [500, 1000]]));
    expect(result.map((d) => d.judged)).toEqual([false, false, false, false, false, false, false]);
    expect(last(result)).toMatchObject({
      rate: 500,
      historyDays: 6,
      limit: null,
      spike: false,
      notJudgedReason: 'insufficient_history',
    });
    expect(result[0]).toMatchObject({ mean: null, stdDev: null, historyDays: 0 });
  });

  it('neither judges a low-volume day nor uses it as history', () => {
    // 10 complaints on 50 delivered = 200 per 1,000, but below minDelivered (100).
    const result = detectSpikes(days('2025-03-01', [...HISTORY, [10, 50], [40, 10_000]]));
    expect(result[7]).toMatchObject({
      rate: 200,
      judged: false,
      notJudgedReason: 'low_volume',
      spike: false,
      limit: null,
    });
    // The next day's history is still the seven normal days: mean 3, σ 1, limit 6; 4 per 1,000 is normal.
    expect(result[8]).toMatchObject({ historyDays: 7, mean: 3, stdDev: 1, limit: 6, rate: 4, spike: false });
  });

  it('treats a missing day as nothing delivered: reported, not judged, not history', () => {
    const series = days('2025-03-01', [...HISTORY, [40, 10_000]]);
    const withGap = [...series.slice(0, 3), ...series.slice(4)]; // 2025-03-04 missing
    const result = detectSpikes(withGap);
    expect(result).toHaveLength(8);
    expect(result[3]).toMatchObject({
      date: '2025-03-04',
      delivered: 0,
      rate: null,
      judged: false,
      notJudgedReason: 'low_volume',
    });
    // History 2, 4, 2, 2, 4, 3: six days, not enough.
    expect(last(result)).toMatchObject({ historyDays: 6, judged: false, notJudgedReason: 'insufficient_history' });
  });

  it('on a flat history (σ = 0) floors σ at counting noise, so a small rise is not a spike', () => {
    // Seven days of 4 per 1,000: mean 4, σ 0. At 1,000 delivered, 4 complaints are expected; Poisson σ = √4 = 2
    // complaints = 2 per 1,000; limit = 4 + 3 × 2 = 10.
    const flat: [number, number][] = Array.from({ length: 7 }, () => [4, 1000]);
    const small = last(detectSpikes(days('2025-03-01', [...flat, [5, 1000]])));
    expect(small).toMatchObject({ mean: 4, stdDev: 0, limit: 10, rate: 5, judged: true, spike: false });
    const atLimit = last(detectSpikes(days('2025-03-01', [...flat, [10, 1000]])));
    expect(atLimit).toMatchObject({ limit: 10, spike: false });
    const above = last(detectSpikes(days('2025-03-01', [...flat, [11, 1000]])));
    expect(above).toMatchObject({ limit: 10, spike: true, reason: 'above_trailing_mean' });
  });

  it('needs minComplaints (3) complaints after a history without any', () => {
    // Mean 0, σ 0, floor 0: limit 0. Two complaints (2 per 1,000) stay below minComplaints; three are a spike.
    const quiet: [number, number][] = Array.from({ length: 7 }, () => [0, 1000]);
    const two = last(detectSpikes(days('2025-03-01', [...quiet, [2, 1000]])));
    expect(two).toMatchObject({ limit: 0, rate: 2, judged: true, spike: false, reason: null });
    const three = last(detectSpikes(days('2025-03-01', [...quiet, [3, 1000]])));
    expect(three).toMatchObject({ limit: 0, rate: 3, spike: true });
  });

  it('keeps a spike out of later baselines, so it does not mask the next one', () => {
    // Day 8 at 15 is a spike. Were it history, day 9's history would be 2,4,2,4,2,4,3,15: mean 36 / 8 = 4.5,
    // squared deviations 3 × 6.25 + 3 × 0.25 + 2.25 + 110.25 = 132, σ = √(132 / 7) ≈ 4.34, limit ≈ 17.5,
    // and 10 per 1,000 would pass. Excluded, the limit stays 6.
    const masked = trailingStats([2, 4, 2, 4, 2, 4, 3, 15]);
    expect(masked.mean).toBe(4.5);
    expect(masked.stdDev).toBeCloseTo(Math.sqrt(132 / 7), 12);
    const result = detectSpikes(days('2025-03-01', [...HISTORY, [150, 10_000], [100, 10_000]]));
    expect(result[7]).toMatchObject({ spike: true });
    expect(result[8]).toMatchObject({ rate: 10, historyDays: 7, mean: 3, stdDev: 1, limit: 6, spike: true });
  });

  it('uses only the trailingDays calendar days before the judged day', () => {
    // trailingDays 7: days 1–3 at 30 per 1,000 leave the window of day 11, whose history is days 4–10.
    const result = detectSpikes(days('2025-03-01', [[30, 1000], [30, 1000], [30, 1000], ...HISTORY, [40, 10_000]]), {
      trailingDays: 7,
    });
    expect(last(result)).toMatchObject({ historyDays: 7, mean: 3, stdDev: 1, limit: 6, rate: 4, spike: false });
  });

  it('honours sigmas and minHistoryDays', () => {
    // Two sigmas: limit 3 + 2 × 1 = 5, so 5.9 is a spike.
    const twoSigma = last(detectSpikes(days('2025-03-01', [...HISTORY, [59, 10_000]]), { sigmas: 2 }));
    expect(twoSigma).toMatchObject({ limit: 5, spike: true });
    // Three history days 2, 4, 3 with minHistoryDays 3: mean 3, σ = √(2 / 2) = 1, limit 6.
    const short = last(
      detectSpikes(
        days('2025-03-01', [
          [2, 1000],
          [4, 1000],
          [3, 1000],
          [70, 10_000],
        ]),
        {
          minHistoryDays: 3,
        },
      ),
    );
    expect(short).toMatchObject({ mean: 3, stdDev: 1, limit: 6, rate: 7, spike: true });
  });
});

describe('detectSpikes (tenant threshold)', () => {
  it('replaces the statistical rule and needs no history', () => {
    const result = detectSpikes(
      days('2025-03-01', [
        [6, 1000],
        [5, 1000],
        [2, 1000],
      ]),
      { threshold: 5 },
    );
    expect(result[0]).toMatchObject({
      rate: 6,
      limit: 5,
      judged: true,
      spike: true,
      reason: 'above_threshold',
      mean: null,
    });
    expect(result[1]).toMatchObject({ rate: 5, limit: 5, spike: false }); // equal is not above
    expect(result[2]).toMatchObject({ rate: 2, spike: false });
  });

  it('ignores the trailing mean: 15 per 1,000 is no spike under a threshold of 20', () => {
    const day = last(detectSpikes(days('2025-03-01', [...HISTORY, [150, 10_000]]), { threshold: 20 }));
    expect(day).toMatchObject({ mean: 3, stdDev: 1, limit: 20, judged: true, spike: false });
  });

  it('still needs minComplaints and minDelivered', () => {
    const result = detectSpikes(
      days('2025-03-01', [
        [2, 1000],
        [9, 90],
      ]),
      { threshold: 1 },
    );
    expect(result[0]).toMatchObject({ rate: 2, judged: true, spike: false });
    expect(result[1]).toMatchObject({ rate: 100, judged: false, notJudgedReason: 'low_volume', spike: false });
  });
});

describe('detectSpikes input checks', () => {
  it('rejects malformed series and options with typed codes', () => {
    const ok = days('2025-03-01', [[1, 100]]);
    expect(codeOf(() => detectSpikes([{ date: '2025-02-30', complaints: 0, delivered: 1 }]))).toBe(
      'SPIKES_SERIES_INVALID',
    );
    expect(codeOf(() => detectSpikes([...ok, ...ok]))).toBe('SPIKES_SERIES_INVALID');
    expect(
      codeOf(() =>
        detectSpikes(
          days('2025-03-01', [
            [1, 100],
            [1, 100],
          ]).reverse(),
        ),
      ),
    ).toBe('SPIKES_SERIES_INVALID');
    expect(codeOf(() => detectSpikes(days('2025-03-01', [[-1, 100]])))).toBe('SPIKES_SERIES_INVALID');
    expect(codeOf(() => detectSpikes(ok, { minHistoryDays: 1 }))).toBe('SPIKES_OPTIONS_INVALID');
    expect(codeOf(() => detectSpikes(ok, { trailingDays: 5 }))).toBe('SPIKES_OPTIONS_INVALID');
    expect(codeOf(() => detectSpikes(ok, { threshold: -1 }))).toBe('SPIKES_OPTIONS_INVALID');
    expect(codeOf(() => detectSpikes(ok, { sigmas: 0 }))).toBe('SPIKES_OPTIONS_INVALID');
    expect(detectSpikes([])).toEqual([]);
  });
});
