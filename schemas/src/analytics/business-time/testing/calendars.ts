import type { BusinessCalendar, BusinessHoursInterval } from '../business-calendar';

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** Epoch milliseconds of an ISO instant written with its offset, e.g. "2026-11-20T17:30+01:00". */
export function at(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad instant ${iso}`);
  return ms;
}

/** The same hours on each listed weekday (1 = Monday). */
export function weekly(days: number[], ...hours: [string, string][]): BusinessHoursInterval[] {
  return days.flatMap((dayOfWeek) => hours.map(([opens, closes]) => ({ dayOfWeek, opens, closes })));
}

export const WEEKDAYS = [1, 2, 3, 4, 5];
export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

export function calendar(
  timeZone: string,
  intervals: BusinessHoursInterval[],
  holidays: string[] = [],
): BusinessCalendar {
  return { timeZone, intervals, holidays };
}

export const BERLIN_OFFICE = calendar('Europe/Berlin', weekly(WEEKDAYS, ['09:00', '18:00']));
