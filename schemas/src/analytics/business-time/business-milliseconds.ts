import type { BusinessCalendar } from './business-calendar';
import { BusinessTimeError } from './business-time-error';
import { compileBusinessCalendar, type CompiledBusinessCalendar } from './compile-business-calendar';
import { assertInstant } from './instant-range';
import { offsetStretches } from './zone-offsets';

/**
 * Business time between two instants (epoch milliseconds): the measure of the instants in [start, end) whose
 * local date and time in the calendar's zone fall inside an interval on a day that is not a holiday. An hour
 * skipped by DST counts nothing; a repeated hour counts twice if it is business time. end == start → 0;
 * end < start throws BUSINESS_TIME_RANGE_INVALID. Cost grows with the number of offset changes, not days.
 */
export function businessMilliseconds(
  startMs: number,
  endMs: number,
  calendar: BusinessCalendar | CompiledBusinessCalendar,
): number {
  assertInstant('startMs', startMs);
  assertInstant('endMs', endMs);
  if (endMs < startMs) {
    throw new BusinessTimeError('BUSINESS_TIME_RANGE_INVALID', 'endMs must not be before startMs');
  }
  const { timeZone, schedule } = compileBusinessCalendar(calendar);
  let total = 0;
  if (endMs === startMs) return total;
  for (const { from, to, offsetMs } of offsetStretches(timeZone, startMs)) {
    const stretchEnd = Math.min(to, endMs);
    total += schedule.cumulative(stretchEnd + offsetMs) - schedule.cumulative(from + offsetMs);
    if (stretchEnd === endMs) break;
  }
  return total;
}
