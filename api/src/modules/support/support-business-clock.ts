import { businessIntervals, type BusinessCalendar } from '@checkmark/schemas/analytics';

const DAY_MS = 86_400_000;

/**
 * A tenant's business hours over a span of whole UTC days, as the support queries take them (support-scope
 * fragment): per day the business time before it and its business intervals, so SQL finds business(t) with one
 * array lookup and a few comparisons instead of a join.
 */
export interface BusinessClock {
  /** Epoch ms of the span's first UTC midnight. */
  clockStart: number;
  clockDays: number;
  /** Business ms from clockStart to the start of each day. */
  clockBefore: number[];
  /** Each day's business intervals (epoch ms), cut at the day's end. */
  clockStarts: number[][];
  clockEnds: number[][];
}

/** The clock covering [fromMs, toMs] (widened to whole UTC days) under the calendar. */
export function businessClock(calendar: BusinessCalendar, fromMs: number, toMs: number): BusinessClock {
  const clockStart = Math.floor(fromMs / DAY_MS) * DAY_MS;
  const clockDays = Math.max(1, Math.ceil((toMs - clockStart + 1) / DAY_MS));
  const clockBefore: number[] = [];
  const clockStarts: number[][] = Array.from({ length: clockDays }, () => []);
  const clockEnds: number[][] = Array.from({ length: clockDays }, () => []);
  for (const { from, to } of businessIntervals(clockStart, clockStart + clockDays * DAY_MS, calendar)) {
    for (let day = Math.floor((from - clockStart) / DAY_MS); day * DAY_MS + clockStart < to; day += 1) {
      const dayStart = clockStart + day * DAY_MS;
      clockStarts[day].push(Math.max(from, dayStart));
      clockEnds[day].push(Math.min(to, dayStart + DAY_MS));
    }
  }
  let before = 0;
  for (let day = 0; day < clockDays; day += 1) {
    clockBefore.push(before);
    before += clockEnds[day].reduce((sum, end, i) => sum + end - clockStarts[day][i], 0);
  }
  return { clockStart, clockDays, clockBefore, clockStarts, clockEnds };
}

/** business(t) as the queries compute it: for tests and for the service's own checks. */
export function businessAtMs(clock: BusinessClock, ms: number): number {
  const day = Math.min(Math.max(Math.floor((ms - clock.clockStart) / DAY_MS), 0), clock.clockDays - 1);
  return clock.clockStarts[day].reduce(
    (sum, start, i) => sum + Math.max(0, Math.min(ms, clock.clockEnds[day][i]) - start),
    clock.clockBefore[day],
  );
}
