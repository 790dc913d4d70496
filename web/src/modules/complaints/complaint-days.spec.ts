import { dayDrill, judgementKey, spikeDays, type ComplaintDayRow } from './complaint-days';

const day = (date: string, patch: Partial<ComplaintDayRow> = {}): ComplaintDayRow => ({
  date,
  complaints: 0,
  delivered: 500,
  rate: 0,
  judged: true,
  notJudgedReason: null,
  historyDays: 28,
  mean: 1,
  stdDev: 0.5,
  limit: 2.5,
  spike: false,
  reason: null,
  ...patch,
});

describe('complaint days', () => {
  it('picks the spike days in order', () => {
    const days = [
      day('2026-03-01'),
      day('2026-03-02', { spike: true, reason: 'ABOVE_TRAILING_MEAN', complaints: 9, rate: 18 }),
      day('2026-03-03'),
      day('2026-03-04', { spike: true, reason: 'ABOVE_THRESHOLD', complaints: 4, rate: 8 }),
    ];
    expect(spikeDays(days).map((d) => d.date)).toEqual(['2026-03-02', '2026-03-04']);
    expect(spikeDays([day('2026-03-01')])).toEqual([]);
  });

  it('says how each day was judged', () => {
    expect(judgementKey(day('2026-03-01', { spike: true, reason: 'ABOVE_TRAILING_MEAN' }))).toBe(
      'complaints.judged.spike',
    );
    expect(judgementKey(day('2026-03-01', { spike: true, reason: 'ABOVE_THRESHOLD' }))).toBe(
      'complaints.judged.spikeThreshold',
    );
    expect(judgementKey(day('2026-03-01'))).toBe('complaints.judged.normal');
    expect(judgementKey(day('2026-03-01', { judged: false, notJudgedReason: 'LOW_VOLUME', delivered: 40 }))).toBe(
      'complaints.judged.lowVolume',
    );
    expect(judgementKey(day('2026-03-01', { judged: false, notJudgedReason: 'INSUFFICIENT_HISTORY' }))).toBe(
      'complaints.judged.noHistory',
    );
  });

  it("opens a day's complaints", () => {
    expect(dayDrill('2026-03-02')).toEqual({ date: '2026-03-02' });
  });
});
