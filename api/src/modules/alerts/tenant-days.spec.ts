import { addDays, localDate, mondayOf, startOfLocalDate } from './tenant-days';

describe('tenant days', () => {
  it('gives the local date and the instant a local date starts, across DST', () => {
    expect(localDate(new Date('2026-03-09T22:30:00.000Z'), 'Europe/Kyiv')).toBe('2026-03-10');
    expect(localDate(new Date('2026-03-09T22:30:00.000Z'), 'UTC')).toBe('2026-03-09');
    expect(startOfLocalDate('2026-03-10', 'Europe/Kyiv').toISOString()).toBe('2026-03-09T22:00:00.000Z');
    // Kyiv moves to summer time on 2026-03-29 at 03:00: that day starts at +02:00, the next at +03:00.
    expect(startOfLocalDate('2026-03-29', 'Europe/Kyiv').toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(startOfLocalDate('2026-03-30', 'Europe/Kyiv').toISOString()).toBe('2026-03-29T21:00:00.000Z');
    expect(startOfLocalDate('2026-11-01', 'America/New_York').toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfLocalDate('2026-11-02', 'America/New_York').toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });

  it('moves by days and finds the Monday of the ISO week', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -7)).toBe('2026-02-22');
    expect(mondayOf('2026-03-10')).toBe('2026-03-09');
    expect(mondayOf('2026-03-09')).toBe('2026-03-09');
    expect(mondayOf('2026-03-15')).toBe('2026-03-09');
  });
});
