import type { BusinessCalendar } from './business-calendar';
import { BusinessTimeError } from './business-time-error';
import { compileBusinessCalendar, type CompiledBusinessCalendar } from './compile-business-calendar';
import { assertInstant } from './instant-range';
import { DAY_MS } from './wall-schedule';
import { offsetStretches } from './zone-offsets';

/** A stretch of real time [from, to) (epoch milliseconds) that is all business time. */
export interface BusinessInterval {
  from: number;
  to: number;
}

/**
 * The business time within [startMs, endMs) as disjoint real-time intervals in order (touching ones joined), so
 * that businessMilliseconds(a, b) is the total overlap of [a, b) with them — for a database that measures many
 * durations against one precomputed calendar. A repeated DST hour that is business time yields both passes.
 */
export function businessIntervals(
  startMs: number,
  endMs: number,
  calendar: BusinessCalendar | CompiledBusinessCalendar,
): BusinessInterval[] {
  assertInstant('startMs', startMs);
  assertInstant('endMs', endMs);
  if (endMs < startMs) {
    throw new BusinessTimeError('BUSINESS_TIME_RANGE_INVALID', 'endMs must not be before startMs');
  }
  const { timeZone, schedule } = compileBusinessCalendar(calendar);
  const intervals: BusinessInterval[] = [];
  if (endMs === startMs) return intervals;
  for (const { from, to, offsetMs } of offsetStretches(timeZone, startMs)) {
    const stretchEnd = Math.min(to, endMs);
    const wallFrom = from + offsetMs;
    const wallTo = stretchEnd + offsetMs;
    for (let day = Math.floor(wallFrom / DAY_MS); day * DAY_MS < wallTo; day += 1) {
      for (const [opens, closes] of schedule.intervalsOn(day)) {
        const start = Math.max(day * DAY_MS + opens, wallFrom) - offsetMs;
        const end = Math.min(day * DAY_MS + closes, wallTo) - offsetMs;
        if (start >= end) continue;
        const last = intervals[intervals.length - 1];
        if (last && last.to === start) last.to = end;
        else intervals.push({ from: start, to: end });
      }
    }
    if (stretchEnd === endMs) break;
  }
  return intervals;
}
