import { weeklyRates } from './weekly-rates';

// Sat 2024-12-28 … Mon 2025-01-06, day i (0-based) with i + 1 complaints and 1,000 delivered.
const DAYS = [
  '2024-12-28',
  '2024-12-29',
  '2024-12-30',
  '2024-12-31',
  '2025-01-01',
  '2025-01-02',
  '2025-01-03',
  '2025-01-04',
  '2025-01-05',
  '2025-01-06',
].map((date, index) => ({ date, complaints: index + 1, delivered: 1000 }));

describe('weeklyRates', () => {
  it('groups Monday weeks across the year boundary into ISO weeks', () => {
    expect(weeklyRates(DAYS)).toEqual([
      // Sat 28 + Sun 29: (1 + 2) / 2,000 × 1,000 = 1.5
      { weekStart: '2024-12-23', isoWeek: '2024-W52', complaints: 3, delivered: 2000, days: 2, rate: 1.5 },
      // Mon 30 … Sun 5 (its Thursday is 2 January, so ISO week 1 of 2025): 3+…+9 = 42 / 7,000 × 1,000 = 6
      { weekStart: '2024-12-30', isoWeek: '2025-W01', complaints: 42, delivered: 7000, days: 7, rate: 6 },
      { weekStart: '2025-01-06', isoWeek: '2025-W02', complaints: 10, delivered: 1000, days: 1, rate: 10 },
    ]);
  });

  it('groups Sunday weeks when asked, without ISO labels', () => {
    expect(weeklyRates(DAYS, 0)).toEqual([
      { weekStart: '2024-12-22', isoWeek: null, complaints: 1, delivered: 1000, days: 1, rate: 1 },
      // Sun 29 … Sat 4: 2+…+8 = 35 / 7,000 × 1,000 = 5
      { weekStart: '2024-12-29', isoWeek: null, complaints: 35, delivered: 7000, days: 7, rate: 5 },
      { weekStart: '2025-01-05', isoWeek: null, complaints: 19, delivered: 2000, days: 2, rate: 9.5 },
    ]);
  });

  it('weights by volume rather than averaging daily rates, and labels a 53-week year', () => {
    // 2020-12-31 (Thu) is in 2020-W53; 10/1,000 and 0/9,000 make 10 / 10,000 = 1 per 1,000 (mean of rates: 5).
    const result = weeklyRates([
      { date: '2021-01-01', complaints: 0, delivered: 9000 },
      { date: '2020-12-31', complaints: 10, delivered: 1000 },
      { date: '2021-01-04', complaints: 0, delivered: 0 },
    ]);
    expect(result).toEqual([
      { weekStart: '2020-12-28', isoWeek: '2020-W53', complaints: 10, delivered: 10_000, days: 2, rate: 1 },
      { weekStart: '2021-01-04', isoWeek: '2021-W01', complaints: 0, delivered: 0, days: 1, rate: null },
    ]);
  });

  it('rejects an invalid weekday with a typed code', () => {
    let code: string | undefined;
    try {
      weeklyRates(DAYS, 7);
    } catch (error) {
      code = (error as { code?: string }).code;
    }
    expect(code).toBe('SPIKES_OPTIONS_INVALID');
  });
});
