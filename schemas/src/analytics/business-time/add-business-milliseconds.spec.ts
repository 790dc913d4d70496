import { thrownCode } from '../../attribution/testing/thrown-code';
import { addBusinessMilliseconds } from './add-business-milliseconds';
import type { BusinessCalendar } from './business-calendar';
import { businessMilliseconds } from './business-milliseconds';
import { compileBusinessCalendar } from './compile-business-calendar';
import { at, BERLIN_OFFICE, calendar, EVERY_DAY, HOUR, MINUTE, weekly, WEEKDAYS } from './testing/calendars';

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

describe('addBusinessMilliseconds', () => {
  it('carries a deadline over the weekend', () => {
    expect(addBusinessMilliseconds(at('2026-11-20T17:30+01:00'), HOUR, BERLIN_OFFICE)).toBe(
      at('2026-11-23T09:30+01:00'),
    );
  });

  it('starts counting at the next opening when started outside business hours', () => {
    expect(addBusinessMilliseconds(at('2026-11-21T12:00+01:00'), 30 * MINUTE, BERLIN_OFFICE)).toBe(
      at('2026-11-23T09:30+01:00'),
    );
  });

  it('ends at closing time, not at the next opening, when the amount runs out exactly then', () => {
    expect(addBusinessMilliseconds(at('2026-11-23T17:00+01:00'), HOUR, BERLIN_OFFICE)).toBe(
      at('2026-11-23T18:00+01:00'),
    );
  });

  it('returns the start for an amount of 0', () => {
    expect(addBusinessMilliseconds(at('2026-11-21T12:00+01:00'), 0, BERLIN_OFFICE)).toBe(at('2026-11-21T12:00+01:00'));
  });

  it('jumps a holiday and a lunch break', () => {
    const office = calendar('Europe/Berlin', weekly(WEEKDAYS, ['09:00', '12:00'], ['13:00', '18:00']), ['2026-12-25']);
    // Thu 24 Dec 17:00–18:00 (1 h), Fri holiday, Mon 28 Dec 09:00–12:00 (3 h), 13:00–14:00 (1 h).
    expect(addBusinessMilliseconds(at('2026-12-24T17:00+01:00'), 5 * HOUR, office)).toBe(at('2026-12-28T14:00+01:00'));
  });

  it('lands on the wall-clock hour after a DST change', () => {
    const roundTheClock = calendar('Europe/Berlin', weekly(EVERY_DAY, ['00:00', '24:00']));
    expect(addBusinessMilliseconds(at('2026-03-29T00:00+01:00'), 23 * HOUR, roundTheClock)).toBe(
      at('2026-03-30T00:00+02:00'),
    );
    expect(addBusinessMilliseconds(at('2026-10-25T00:00+02:00'), 25 * HOUR, roundTheClock)).toBe(
      at('2026-10-26T00:00+01:00'),
    );
    // Sunday 01:00–04:00 on the fall-back day holds 4 h: the third hour ends at the second 02:00 (CET).
    const sundayNight = calendar('Europe/Berlin', weekly([7], ['01:00', '04:00']));
    expect(addBusinessMilliseconds(at('2026-10-24T12:00Z'), 3 * HOUR, sundayNight)).toBe(at('2026-10-25T03:00+01:00'));
  });

  it('uses local hours in Kolkata', () => {
    const kolkata = calendar('Asia/Kolkata', weekly(WEEKDAYS, ['10:00', '19:00']));
    // Fri 18:30 IST + 1 h → Mon 10:30 IST = 05:00Z.
    expect(addBusinessMilliseconds(at('2026-11-20T13:00Z'), HOUR, kolkata)).toBe(at('2026-11-23T05:00Z'));
  });

  it('reaches a deadline two years out', () => {
    expect(addBusinessMilliseconds(at('2026-01-05T00:00+01:00'), 104 * 45 * HOUR, BERLIN_OFFICE)).toBe(
      at('2028-01-02T18:00+01:00') - 2 * 24 * HOUR,
    );
  });

  it('refuses a calendar without business hours and a negative amount', () => {
    const closed = calendar('Europe/Berlin', []);
    expect(thrownCode(() => addBusinessMilliseconds(0, HOUR, closed))).toBe('BUSINESS_TIME_NO_BUSINESS_HOURS');
    expect(thrownCode(() => addBusinessMilliseconds(0, -1, BERLIN_OFFICE))).toBe('BUSINESS_TIME_RANGE_INVALID');
    expect(thrownCode(() => addBusinessMilliseconds(0, Number.NaN, BERLIN_OFFICE))).toBe('BUSINESS_TIME_RANGE_INVALID');
    expect(thrownCode(() => addBusinessMilliseconds(8.64e15 - HOUR, 200 * HOUR, BERLIN_OFFICE))).toBe(
      'BUSINESS_TIME_OUT_OF_RANGE',
    );
  });

  describe('is the inverse of businessMilliseconds (property, seed 20261121)', () => {
    const calendars: [string, BusinessCalendar][] = [
      [
        'Berlin office with lunch and holidays',
        {
          timeZone: 'Europe/Berlin',
          intervals: weekly(WEEKDAYS, ['09:00', '12:30'], ['13:15', '18:00']),
          holidays: ['2026-12-24', '2026-12-25', '2027-01-01', '2027-04-02', '2027-10-03'],
        },
      ],
      [
        'New York night desk across DST hours',
        calendar('America/New_York', weekly(EVERY_DAY, ['01:30', '03:00'], ['20:00', '24:00'])),
      ],
      ['Kolkata weekdays', calendar('Asia/Kolkata', weekly(WEEKDAYS, ['10:00', '19:00']))],
      ['weekend-only Sydney', calendar('Australia/Sydney', weekly([6, 7], ['10:00', '16:45']))],
    ];
    const from = at('2026-01-01T00:00Z');
    const span = 2 * 366 * 24 * HOUR;

    it.each(calendars)('%s', (_, raw) => {
      const next = random(20261121);
      const compiled = compileBusinessCalendar(raw);
      for (let i = 0; i < 500; i++) {
        const start = from + Math.floor(next() * span);
        const amount = Math.floor(next() * 400 * HOUR);
        const deadline = addBusinessMilliseconds(start, amount, compiled);
        expect(businessMilliseconds(start, deadline, compiled)).toBe(amount);
        // Earliest such instant: a millisecond earlier the amount was not yet reached.
        if (amount > 0) expect(businessMilliseconds(start, deadline - 1, compiled)).toBe(amount - 1);

        const end = start + Math.floor(next() * 60 * 24 * HOUR);
        const elapsed = businessMilliseconds(start, end, compiled);
        const reached = addBusinessMilliseconds(start, elapsed, compiled);
        expect(reached).toBeLessThanOrEqual(end);
        expect(businessMilliseconds(start, reached, compiled)).toBe(elapsed);
        expect(businessMilliseconds(start, end, raw)).toBe(elapsed);
      }
    });
  });
});
