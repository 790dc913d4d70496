import { complaintRate } from './complaint-rate';
import type { DailyComplaints } from './daily-complaints';
import { fromDayNumber } from './day-number';
import { SpikeError } from './spike-error';
import { validateDays } from './validate-days';

export interface WeeklyRate {
  /** First day of the week, YYYY-MM-DD. */
  weekStart: string;
  /** ISO 8601 week (e.g. 2025-W01) when weeks start on Monday; null otherwise. */
  isoWeek: string | null;
  complaints: number;
  delivered: number;
  /** Sum of complaints per 1,000 sum of delivered (not a mean of daily rates); null when nothing was delivered. */
  rate: number | null;
  /** Days of the week present in the series: fewer than 7 marks a partial week at either end. */
  days: number;
}

/** 1970-01-01 was a Thursday. */
function weekdayOf(day: number): number {
  return (day + 4) % 7;
}

function isoWeekOf(monday: number): string {
  const thursday = fromDayNumber(monday + 3);
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = monday + 3 - Date.UTC(year, 0, 1) / 86_400_000;
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

/**
 * Complaint rates per week, in week order. `weekStartsOn` is the weekday weeks begin on (0 = Sunday,
 * 1 = Monday, the ISO default). Days need not be consecutive or sorted; missing days add nothing.
 */
export function weeklyRates(series: readonly DailyComplaints[], weekStartsOn = 1): WeeklyRate[] {
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
    throw new SpikeError('SPIKES_OPTIONS_INVALID', 'weekStartsOn must be a weekday from 0 (Sunday) to 6');
  }
  const days = validateDays(series);
  const weeks = new Map<number, { complaints: number; delivered: number; days: number }>();
  days.forEach((day, index) => {
    const start = day - ((weekdayOf(day) - weekStartsOn + 7) % 7);
    const week = weeks.get(start) ?? { complaints: 0, delivered: 0, days: 0 };
    week.complaints += series[index].complaints;
    week.delivered += series[index].delivered;
    week.days += 1;
    weeks.set(start, week);
  });
  return [...weeks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, week]) => ({
      weekStart: fromDayNumber(start),
      isoWeek: weekStartsOn === 1 ? isoWeekOf(start) : null,
      ...week,
      rate: complaintRate(week.complaints, week.delivered),
    }));
}
