import type { BusinessCalendar } from './business-calendar';
import { BusinessTimeError } from './business-time-error';
import { compileBusinessCalendar, type CompiledBusinessCalendar } from './compile-business-calendar';
import { assertInstant } from './instant-range';
import { DAY_MS } from './wall-schedule';
import { offsetStretches } from './zone-offsets';

/**
 * The earliest instant by which `amountMs` of business time has elapsed since `startMs` (an SLA deadline):
 * businessMilliseconds(start, result) === amountMs. A deadline that ends exactly at closing time is that
 * closing instant, not the next opening. amountMs 0 → startMs. Throws BUSINESS_TIME_NO_BUSINESS_HOURS for a
 * calendar without any business hours, BUSINESS_TIME_RANGE_INVALID for a negative or non-finite amount.
 */
export function addBusinessMilliseconds(
  startMs: number,
  amountMs: number,
  calendar: BusinessCalendar | CompiledBusinessCalendar,
): number {
  assertInstant('startMs', startMs);
  if (!Number.isFinite(amountMs) || amountMs < 0) {
    throw new BusinessTimeError('BUSINESS_TIME_RANGE_INVALID', 'amountMs must be a finite number ≥ 0');
  }
  const { timeZone, schedule } = compileBusinessCalendar(calendar);
  if (!schedule.hasBusinessTime) {
    throw new BusinessTimeError('BUSINESS_TIME_NO_BUSINESS_HOURS', 'the calendar has no business hours');
  }
  if (amountMs === 0) return startMs;
  let remaining = amountMs;
  for (const { from, to, offsetMs } of offsetStretches(timeZone, startMs)) {
    const reached = schedule.cumulative(from + offsetMs);
    const available = schedule.cumulative(to + offsetMs) - reached;
    if (remaining <= available) {
      const limitDay = Math.ceil((to + offsetMs) / DAY_MS);
      const deadline = schedule.reach(reached + remaining, from + offsetMs, limitDay) - offsetMs;
      return deadline;
    }
    remaining -= available;
  }
  throw new BusinessTimeError('BUSINESS_TIME_OUT_OF_RANGE', 'the deadline lies beyond the range of a Date');
}
