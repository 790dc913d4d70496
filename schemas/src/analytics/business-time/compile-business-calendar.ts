import type { BusinessCalendar } from './business-calendar';
import { BusinessTimeError } from './business-time-error';
import { DAY_MS, WallSchedule } from './wall-schedule';
import { zoneFormatter } from './zone-offsets';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A validated calendar ready for many calls; build once per tenant when computing many durations. */
export class CompiledBusinessCalendar {
  constructor(
    readonly timeZone: string,
    readonly schedule: WallSchedule,
  ) {}
}

/** Validates a calendar (BUSINESS_TIME_CALENDAR_INVALID) and prepares it for fast lookups. */
export function compileBusinessCalendar(
  calendar: BusinessCalendar | CompiledBusinessCalendar,
): CompiledBusinessCalendar {
  if (calendar instanceof CompiledBusinessCalendar) return calendar;
  const { timeZone, intervals, holidays } = calendar;
  try {
    zoneFormatter(timeZone);
  } catch {
    throw invalid(`unknown time zone ${JSON.stringify(timeZone)}`);
  }
  const raw: [number, number][][] = [[], [], [], [], [], [], []];
  for (const { dayOfWeek, opens, closes } of intervals) {
    if (!Number.isInteger(dayOfWeek) || dayOfWeek < 1 || dayOfWeek > 7) {
      throw invalid(`dayOfWeek must be 1 (Monday) … 7 (Sunday), got ${dayOfWeek}`);
    }
    const opensMs = timeOfDay(opens, false);
    const closesMs = timeOfDay(closes, true);
    if (closesMs <= opensMs) throw invalid(`closes ${closes} must be later than opens ${opens}`);
    raw[dayOfWeek - 1].push([opensMs, closesMs]);
  }
  return new CompiledBusinessCalendar(timeZone, new WallSchedule(raw.map(merge), holidays.map(holidayDay)));
}

function timeOfDay(value: string, allowMidnightEnd: boolean): number {
  if (allowMidnightEnd && value === '24:00') return DAY_MS;
  const match = TIME.exec(value);
  if (!match)
    throw invalid(`time must be "HH:MM"${allowMidnightEnd ? ' or "24:00"' : ''}, got ${JSON.stringify(value)}`);
  return (Number(match[1]) * 60 + Number(match[2])) * 60_000;
}

/** Overlapping or touching intervals become one, so shared minutes count once. */
function merge(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [opens, closes] of sorted) {
    const last = merged[merged.length - 1];
    if (last && opens <= last[1]) last[1] = Math.max(last[1], closes);
    else merged.push([opens, closes]);
  }
  return merged;
}

function holidayDay(value: string): number {
  const match = DATE.exec(value);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || new Date(ms).toISOString().slice(0, 10) !== value) {
    throw invalid(`holiday must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(value)}`);
  }
  return ms / DAY_MS;
}

function invalid(message: string): BusinessTimeError {
  return new BusinessTimeError('BUSINESS_TIME_CALENDAR_INVALID', message);
}
