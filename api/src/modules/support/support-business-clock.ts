import { businessIntervals, type BusinessCalendar } from '@checkmark/schemas/analytics';

const DAY_MS = 86_400_000;

/**
 * A tenant's business hours over a span of whole UTC days, as the support queries take them (support-scope
 * fragment): per day the business time before it and its business intervals in `clockSlots` fixed slots (padded
 * with empty ones), flat, so SQL finds business(t) with a few array lookups and comparisons, no join or lambda.
 */
export interface BusinessClock {
  /** Epoch ms of the span's first UTC midnight. */
  clockStart: number;
  clockDays: number;
  /** Intervals per day in the flat arrays (the most any day has, at least 1). */
  clockSlots: number;
  /** Business ms from clockStart to the start of each day. */
  clockBefore: number[];
  /** Day d's intervals (epoch ms, cut at the day's end) at d × clockSlots …; empty slots are [0, 0). */
  clockStarts: number[];
  clockEnds: number[];
}

/** The clock covering [fromMs, toMs] (widened to whole UTC days) under the calendar. */
export function businessClock(calendar: BusinessCalendar, fromMs: number, toMs: number): BusinessClock {
  const clockStart = Math.floor(fromMs / DAY_MS) * DAY_MS;
  const clockDays = Math.max(1, Math.ceil((toMs - clockStart + 1) / DAY_MS));
  const starts: number[][] = Array.from({ length: clockDays }, () => []);
  const ends: number[][] = Array.from({ length: clockDays }, () => []);
  for (const { from, to } of businessIntervals(clockStart, clockStart + clockDays * DAY_MS, calendar)) {
    for (let day = Math.floor((from - clockStart) / DAY_MS); day * DAY_MS + clockStart < to; day += 1) {
      const dayStart = clockStart + day * DAY_MS;
      starts[day].push(Math.max(from, dayStart));
      ends[day].push(Math.min(to, dayStart + DAY_MS));
    }
  }
  const clockSlots = Math.max(1, ...starts.map((day) => day.length));
  const clockBefore: number[] = [];
  const clockStarts: number[] = [];
  const clockEnds: number[] = [];
  let before = 0;
  for (let day = 0; day < clockDays; day += 1) {
    clockBefore.push(before);
    for (let slot = 0; slot < clockSlots; slot += 1) {
      clockStarts.push(starts[day][slot] ?? 0);
      clockEnds.push(ends[day][slot] ?? 0);
    }
    before += ends[day].reduce((sum, end, i) => sum + end - starts[day][i], 0);
  }
  return { clockStart, clockDays, clockSlots, clockBefore, clockStarts, clockEnds };
}

/** business(t) as the queries compute it (support-scope businessAt), for tests. */
export function businessAtMs(clock: BusinessClock, ms: number): number {
  const day = Math.min(Math.max(Math.floor((ms - clock.clockStart) / DAY_MS), 0), clock.clockDays - 1);
  let value = clock.clockBefore[day];
  for (let slot = 0; slot < clock.clockSlots; slot += 1) {
    const i = day * clock.clockSlots + slot;
    value += Math.max(0, Math.min(ms, clock.clockEnds[i]) - clock.clockStarts[i]);
  }
  return value;
}
