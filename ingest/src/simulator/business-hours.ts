import type { LocalClock, LocalTime } from './local-clock';
import { DEMO_BUSINESS_HOURS } from './world';

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

/** Whether a local hour lies in the demo company's business hours (its intervals are whole hours). */
export function isBusinessHour(local: LocalTime): boolean {
  return DEMO_BUSINESS_HOURS.some(
    (h) =>
      h.dayOfWeek === local.dayOfWeek &&
      local.hour >= Number(h.opens.slice(0, 2)) &&
      local.hour < Number(h.closes.slice(0, 2)),
  );
}

/** The first instant at or after `ms` that is business time (the start of a business hour, or `ms` itself). */
export function nextBusinessInstant(clock: LocalClock, ms: number): number {
  if (isBusinessHour(clock.at(ms))) return ms;
  for (let hour = Math.floor(ms / HOUR) * HOUR + HOUR; hour < ms + WEEK; hour += HOUR) {
    if (isBusinessHour(clock.at(hour))) return hour;
  }
  return ms;
}
