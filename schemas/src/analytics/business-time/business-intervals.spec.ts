import { thrownCode } from '../../attribution/testing/thrown-code';
import { businessIntervals, type BusinessInterval } from './business-intervals';
import { businessMilliseconds } from './business-milliseconds';
import { compileBusinessCalendar } from './compile-business-calendar';
import type { BusinessCalendar } from './business-calendar';
import { at, BERLIN_OFFICE, calendar, EVERY_DAY, HOUR, weekly, WEEKDAYS } from './testing/calendars';

/** Deterministic PRNG (mulberry32) so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function overlap(intervals: readonly BusinessInterval[], start: number, end: number): number {
  return intervals.reduce((sum, { from, to }) => sum + Math.max(0, Math.min(to, end) - Math.max(from, start)), 0);
}

describe('businessIntervals', () => {
  it('lists Friday afternoon and Monday morning across a weekend', () => {
    expect(businessIntervals(at('2026-11-20T17:30+01:00'), at('2026-11-23T09:30+01:00'), BERLIN_OFFICE)).toEqual([
      { from: at('2026-11-20T17:30+01:00'), to: at('2026-11-20T18:00+01:00') },
      { from: at('2026-11-23T09:00+01:00'), to: at('2026-11-23T09:30+01:00') },
    ]);
  });

  it('joins a round-the-clock schedule across the DST changes into one interval of 23 and 25 hours a day', () => {
    const berlin = calendar('Europe/Berlin', weekly(EVERY_DAY, ['00:00', '24:00']));
    const spring = businessIntervals(at('2026-03-29T00:00+01:00'), at('2026-03-30T00:00+02:00'), berlin);
    expect(spring).toEqual([{ from: at('2026-03-29T00:00+01:00'), to: at('2026-03-30T00:00+02:00') }]);
    expect(spring[0].to - spring[0].from).toBe(23 * HOUR);
    const fall = businessIntervals(at('2026-10-25T00:00+02:00'), at('2026-10-26T00:00+01:00'), berlin);
    expect(fall[0].to - fall[0].from).toBe(25 * HOUR);
  });

  it('is empty for an empty range and rejects an end before the start', () => {
    expect(businessIntervals(at('2026-11-20T10:00Z'), at('2026-11-20T10:00Z'), BERLIN_OFFICE)).toEqual([]);
    expect(thrownCode(() => businessIntervals(2, 1, BERLIN_OFFICE))).toBe('BUSINESS_TIME_RANGE_INVALID');
  });

  describe('measures what businessMilliseconds measures, for random ranges', () => {
    const calendars: [string, BusinessCalendar][] = [
      ['Berlin office with holidays', { ...BERLIN_OFFICE, holidays: ['2026-12-25', '2027-01-01', '2027-04-05'] }],
      [
        'New York night desk across DST hours',
        calendar('America/New_York', weekly(EVERY_DAY, ['01:30', '03:00'], ['20:00', '24:00'])),
      ],
      ['Kolkata weekdays', calendar('Asia/Kolkata', weekly(WEEKDAYS, ['10:00', '19:00']))],
      ['Sydney split days', calendar('Australia/Sydney', weekly(EVERY_DAY, ['00:00', '02:30'], ['09:00', '17:00']))],
    ];
    const from = at('2026-01-01T00:00Z');
    const span = 400 * 24 * HOUR;

    it.each(calendars)('%s', (_, raw) => {
      const compiled = compileBusinessCalendar(raw);
      const intervals = businessIntervals(from, from + span, compiled);
      for (let i = 1; i < intervals.length; i++) expect(intervals[i].from).toBeGreaterThan(intervals[i - 1].to);
      const next = random(20261121);
      for (let i = 0; i < 500; i++) {
        const start = from + Math.floor(next() * (span - 30 * 24 * HOUR));
        const end = start + Math.floor(next() * 30 * 24 * HOUR);
        expect(overlap(intervals, start, end)).toBe(businessMilliseconds(start, end, compiled));
      }
    });
  });
});
