import { businessMilliseconds, type BusinessCalendar } from '@checkmark/schemas/analytics';
import { businessAtMs, businessClock } from './support-business-clock';

const BERLIN: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  intervals: [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, opens: '09:00', closes: '18:00' })),
  holidays: ['2026-03-27'],
};
// Open across UTC midnight: 22:00–02:00 in New York is 03:00–07:00 / 02:00–06:00 UTC.
const NIGHT_DESK: BusinessCalendar = {
  timeZone: 'America/New_York',
  intervals: [1, 2, 3, 4, 5, 6, 7].flatMap((dayOfWeek) => [
    { dayOfWeek, opens: '00:00', closes: '02:00' },
    { dayOfWeek, opens: '22:00', closes: '24:00' },
  ]),
  holidays: [],
};

describe('businessClock', () => {
  it.each([
    ['Berlin office (DST on 29 March, a holiday)', BERLIN],
    ['New York night desk (DST on 8 March)', NIGHT_DESK],
  ])('measures what businessMilliseconds measures: %s', (_, calendar) => {
    const from = Date.parse('2026-03-01T00:00:00.000Z');
    const to = Date.parse('2026-04-15T00:00:00.000Z');
    const clock = businessClock(calendar, from + 5 * 3_600_000, to);
    expect(clock.clockStart).toBe(from);
    for (let start = from; start < to; start += 7_919_000) {
      const end = Math.min(to, start + 3 * 86_400_000 + 1_234_567);
      expect(businessAtMs(clock, end) - businessAtMs(clock, start)).toBe(businessMilliseconds(start, end, calendar));
    }
  });

  it('clamps instants outside the span to it', () => {
    const from = Date.parse('2026-03-02T00:00:00.000Z');
    const clock = businessClock(BERLIN, from, from + 86_400_000 - 1);
    expect(clock.clockDays).toBe(1);
    expect(businessAtMs(clock, from - 86_400_000)).toBe(0);
    expect(businessAtMs(clock, from + 10 * 86_400_000)).toBe(9 * 3_600_000);
  });
});
