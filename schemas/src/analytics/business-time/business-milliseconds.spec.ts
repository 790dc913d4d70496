import { thrownCode } from '../../attribution/testing/thrown-code';
import { businessMilliseconds } from './business-milliseconds';
import { compileBusinessCalendar } from './compile-business-calendar';
import { at, BERLIN_OFFICE, calendar, EVERY_DAY, HOUR, MINUTE, weekly, WEEKDAYS } from './testing/calendars';

const ROUND_THE_CLOCK_BERLIN = calendar('Europe/Berlin', weekly(EVERY_DAY, ['00:00', '24:00']));
const ROUND_THE_CLOCK_NEW_YORK = calendar('America/New_York', weekly(EVERY_DAY, ['00:00', '24:00']));

describe('businessMilliseconds', () => {
  it('counts only Friday’s last half hour and Monday’s first across a weekend', () => {
    // Fri 17:30–18:00 + Mon 09:00–09:30.
    expect(businessMilliseconds(at('2026-11-20T17:30+01:00'), at('2026-11-23T09:30+01:00'), BERLIN_OFFICE)).toBe(HOUR);
  });

  it('skips a holiday between start and end', () => {
    // Thu 24 Dec 17:00–18:00, Fri 25 Dec is a holiday, Mon 28 Dec 09:00–10:00.
    const start = at('2026-12-24T17:00+01:00');
    const end = at('2026-12-28T10:00+01:00');
    expect(businessMilliseconds(start, end, BERLIN_OFFICE)).toBe(11 * HOUR);
    expect(businessMilliseconds(start, end, { ...BERLIN_OFFICE, holidays: ['2026-12-25'] })).toBe(2 * HOUR);
  });

  it('counts a holiday by its local date in the calendar’s zone', () => {
    // 2026-12-25 00:00–24:00 Kolkata is 24 Dec 18:30Z – 25 Dec 18:30Z.
    const kolkata = calendar('Asia/Kolkata', weekly(EVERY_DAY, ['00:00', '24:00']), ['2026-12-25']);
    expect(businessMilliseconds(at('2026-12-24T12:00Z'), at('2026-12-26T00:00Z'), kolkata)).toBe(
      6.5 * HOUR + 5.5 * HOUR,
    );
  });

  it('gives 23 hours to the spring-forward day and 25 to the fall-back day', () => {
    const berlinSpring = [at('2026-03-29T00:00+01:00'), at('2026-03-30T00:00+02:00')] as const;
    const berlinFall = [at('2026-10-25T00:00+02:00'), at('2026-10-26T00:00+01:00')] as const;
    expect(businessMilliseconds(...berlinSpring, ROUND_THE_CLOCK_BERLIN)).toBe(23 * HOUR);
    expect(businessMilliseconds(...berlinFall, ROUND_THE_CLOCK_BERLIN)).toBe(25 * HOUR);
    const newYorkSpring = [at('2026-03-08T00:00-05:00'), at('2026-03-09T00:00-04:00')] as const;
    const newYorkFall = [at('2026-11-01T00:00-04:00'), at('2026-11-02T00:00-05:00')] as const;
    expect(businessMilliseconds(...newYorkSpring, ROUND_THE_CLOCK_NEW_YORK)).toBe(23 * HOUR);
    expect(businessMilliseconds(...newYorkFall, ROUND_THE_CLOCK_NEW_YORK)).toBe(25 * HOUR);
  });

  it('counts the skipped hour as nothing and the repeated hour twice when an interval touches it', () => {
    const sundayNight = calendar('Europe/Berlin', weekly([7], ['01:00', '04:00']));
    const sundayTwoToThree = calendar('Europe/Berlin', weekly([7], ['02:00', '03:00']));
    const spring = [at('2026-03-28T12:00Z'), at('2026-03-30T12:00Z')] as const;
    const fall = [at('2026-10-24T12:00Z'), at('2026-10-26T12:00Z')] as const;
    // Spring: 01:00–02:00 CET, then the clock jumps to 03:00 CEST, 03:00–04:00 CEST.
    expect(businessMilliseconds(...spring, sundayNight)).toBe(2 * HOUR);
    expect(businessMilliseconds(...spring, sundayTwoToThree)).toBe(0);
    // Fall: 01:00–03:00 CEST, then 02:00–04:00 CET.
    expect(businessMilliseconds(...fall, sundayNight)).toBe(4 * HOUR);
    expect(businessMilliseconds(...fall, sundayTwoToThree)).toBe(2 * HOUR);
    // From the first 02:30 (CEST) to the second 02:30 (CET): 02:30–03:00 CEST + 02:00–02:30 CET.
    expect(businessMilliseconds(at('2026-10-25T02:30+02:00'), at('2026-10-25T02:30+01:00'), sundayTwoToThree)).toBe(
      HOUR,
    );
  });

  it('keeps office hours whole across a weekend DST change in New York', () => {
    // Fri 17:00–18:00 EST + Mon 09:00–10:00 EDT; the calendar time is 64 h, not 65.
    const office = calendar('America/New_York', weekly(WEEKDAYS, ['09:00', '18:00']));
    const start = at('2026-03-06T17:00-05:00');
    const end = at('2026-03-09T10:00-04:00');
    expect(end - start).toBe(64 * HOUR);
    expect(businessMilliseconds(start, end, office)).toBe(2 * HOUR);
  });

  it('leaves out a lunch break and counts overlapping intervals once', () => {
    const lunch = calendar('Europe/Berlin', weekly(WEEKDAYS, ['09:00', '12:00'], ['13:00', '18:00']));
    expect(businessMilliseconds(at('2026-11-23T11:00+01:00'), at('2026-11-23T14:00+01:00'), lunch)).toBe(2 * HOUR);
    expect(businessMilliseconds(at('2026-11-23T12:10+01:00'), at('2026-11-23T12:50+01:00'), lunch)).toBe(0);
    const overlapping = calendar('Europe/Berlin', weekly(WEEKDAYS, ['09:00', '13:00'], ['12:00', '18:00']));
    expect(businessMilliseconds(at('2026-11-23T00:00+01:00'), at('2026-11-24T00:00+01:00'), overlapping)).toBe(
      9 * HOUR,
    );
  });

  it('counts a "24:00" close up to midnight and into the next day’s early shift', () => {
    const nightShift = calendar('Europe/Berlin', [
      { dayOfWeek: 1, opens: '22:00', closes: '24:00' },
      { dayOfWeek: 2, opens: '00:00', closes: '02:00' },
    ]);
    // Mon 23:00–24:00 + Tue 00:00–01:00.
    expect(businessMilliseconds(at('2026-11-23T23:00+01:00'), at('2026-11-24T01:00+01:00'), nightShift)).toBe(2 * HOUR);
    // The whole week holds 4 h.
    expect(businessMilliseconds(at('2026-11-23T00:00+01:00'), at('2026-11-30T00:00+01:00'), nightShift)).toBe(4 * HOUR);
  });

  it('is 0 when start and end lie in the same closed period or coincide', () => {
    expect(businessMilliseconds(at('2026-11-21T10:00+01:00'), at('2026-11-22T20:00+01:00'), BERLIN_OFFICE)).toBe(0);
    expect(businessMilliseconds(at('2026-11-23T19:00+01:00'), at('2026-11-24T08:00+01:00'), BERLIN_OFFICE)).toBe(0);
    expect(businessMilliseconds(at('2026-11-23T10:00+01:00'), at('2026-11-23T10:00+01:00'), BERLIN_OFFICE)).toBe(0);
  });

  it('counts inside one interval to the millisecond', () => {
    expect(businessMilliseconds(at('2026-11-23T10:00+01:00'), at('2026-11-23T10:00:00.250+01:00'), BERLIN_OFFICE)).toBe(
      250,
    );
  });

  it('uses local hours in a half-hour zone (Kolkata)', () => {
    const kolkata = calendar('Asia/Kolkata', weekly(WEEKDAYS, ['10:00', '19:00']));
    // 04:00Z = 09:30 IST → 05:00Z = 10:30 IST.
    expect(businessMilliseconds(at('2026-11-23T04:00Z'), at('2026-11-23T05:00Z'), kolkata)).toBe(30 * MINUTE);
    // Fri 13:00Z = 18:30 IST → Mon 05:00Z = 10:30 IST: 30 + 30 minutes.
    expect(businessMilliseconds(at('2026-11-20T13:00Z'), at('2026-11-23T05:00Z'), kolkata)).toBe(HOUR);
  });

  it('sums two years of weeks with all their DST changes', () => {
    // Mon 5 Jan 2026 → Mon 3 Jan 2028 is exactly 104 weeks of 45 business hours.
    expect(businessMilliseconds(at('2026-01-05T00:00+01:00'), at('2028-01-03T00:00+01:00'), BERLIN_OFFICE)).toBe(
      104 * 45 * HOUR,
    );
    const withHolidays = { ...BERLIN_OFFICE, holidays: ['2026-12-25', '2027-12-25', '2027-12-24', '2026-12-26'] };
    // 25 Dec 2026 is a Friday; 26 Dec 2026 and 25 Dec 2027 fall on a Saturday; 24 Dec 2027 is a Friday.
    expect(businessMilliseconds(at('2026-01-05T00:00+01:00'), at('2028-01-03T00:00+01:00'), withHolidays)).toBe(
      (104 * 45 - 2 * 9) * HOUR,
    );
  });

  it('accepts a compiled calendar with the same result', () => {
    const compiled = compileBusinessCalendar(BERLIN_OFFICE);
    expect(businessMilliseconds(at('2026-11-20T17:30+01:00'), at('2026-11-23T09:30+01:00'), compiled)).toBe(HOUR);
  });

  it('refuses an end before the start and instants that are not numbers', () => {
    const start = at('2026-11-23T10:00+01:00');
    expect(thrownCode(() => businessMilliseconds(start, start - 1, BERLIN_OFFICE))).toBe('BUSINESS_TIME_RANGE_INVALID');
    expect(thrownCode(() => businessMilliseconds(Number.NaN, start, BERLIN_OFFICE))).toBe(
      'BUSINESS_TIME_RANGE_INVALID',
    );
    expect(thrownCode(() => businessMilliseconds(start, Infinity, BERLIN_OFFICE))).toBe('BUSINESS_TIME_RANGE_INVALID');
  });

  it.each([
    ['an unknown time zone', { ...BERLIN_OFFICE, timeZone: 'Mars/Olympus' }],
    ['a day of week 0', calendar('UTC', [{ dayOfWeek: 0, opens: '09:00', closes: '18:00' }])],
    ['a day of week 8', calendar('UTC', [{ dayOfWeek: 8, opens: '09:00', closes: '18:00' }])],
    ['a time without a leading zero', calendar('UTC', [{ dayOfWeek: 1, opens: '9:00', closes: '18:00' }])],
    ['"24:00" as an opening', calendar('UTC', [{ dayOfWeek: 1, opens: '24:00', closes: '24:00' }])],
    ['a close not after the opening', calendar('UTC', [{ dayOfWeek: 1, opens: '18:00', closes: '09:00' }])],
    ['an impossible holiday', calendar('UTC', weekly(WEEKDAYS, ['09:00', '18:00']), ['2026-02-30'])],
    ['a holiday in another format', calendar('UTC', weekly(WEEKDAYS, ['09:00', '18:00']), ['25.12.2026'])],
  ])('refuses a calendar with %s', (_, invalid) => {
    expect(thrownCode(() => businessMilliseconds(0, 1, invalid))).toBe('BUSINESS_TIME_CALENDAR_INVALID');
  });
});
