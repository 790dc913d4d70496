import { at, HOUR } from './testing/calendars';
import { offsetAt, offsetStretches } from './zone-offsets';

function stretchesOf(timeZone: string, from: string, until: string) {
  const result = [];
  for (const stretch of offsetStretches(timeZone, at(from))) {
    if (stretch.from >= at(until)) break;
    result.push({ from: new Date(stretch.from).toISOString(), offsetHours: stretch.offsetMs / HOUR });
  }
  return result;
}

describe('zone offsets', () => {
  it('finds Berlin’s 2026 changes at 01:00 UTC on the last Sundays of March and October', () => {
    expect(stretchesOf('Europe/Berlin', '2026-01-01T00:00Z', '2026-12-31T00:00Z')).toEqual([
      { from: '2026-01-01T00:00:00.000Z', offsetHours: 1 },
      { from: '2026-03-29T01:00:00.000Z', offsetHours: 2 },
      { from: '2026-10-25T01:00:00.000Z', offsetHours: 1 },
    ]);
  });

  it('finds New York’s 2026 changes at 02:00 local time', () => {
    expect(stretchesOf('America/New_York', '2026-02-01T00:00Z', '2026-12-01T00:00Z')).toEqual([
      { from: '2026-02-01T00:00:00.000Z', offsetHours: -5 },
      { from: '2026-03-08T07:00:00.000Z', offsetHours: -4 },
      { from: '2026-11-01T06:00:00.000Z', offsetHours: -5 },
    ]);
  });

  it('keeps half-hour offsets exact', () => {
    expect(offsetAt('Asia/Kolkata', at('2026-07-01T00:00Z'))).toBe(5.5 * HOUR);
  });

  it('works up to the limits of a Date', () => {
    // 13 September 275760: the current rules project summer time that far.
    expect(offsetAt('Europe/Berlin', 8.64e15)).toBe(2 * HOUR);
    expect(offsetAt('UTC', -8.64e15)).toBe(0);
  });
});
