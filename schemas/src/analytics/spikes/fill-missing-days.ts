import type { DailyComplaints } from './daily-complaints';
import { fromDayNumber } from './day-number';
import { SpikeError } from './spike-error';
import { validateDays } from './validate-days';

/**
 * The series with every day from its first to its last date: a day absent from the input (a GROUP BY
 * returns no row for a day without events) becomes a day with nothing delivered and no complaints.
 * The input must be in ascending date order.
 */
export function fillMissingDays(series: readonly DailyComplaints[]): DailyComplaints[] {
  const days = validateDays(series);
  const filled: DailyComplaints[] = [];
  days.forEach((day, index) => {
    const previous = days[index - 1];
    if (previous !== undefined) {
      if (day < previous) {
        throw new SpikeError('SPIKES_SERIES_INVALID', `days out of order at ${series[index].date}`);
      }
      for (let gap = previous + 1; gap < day; gap += 1) {
        filled.push({ date: fromDayNumber(gap), complaints: 0, delivered: 0 });
      }
    }
    const row = series[index];
    filled.push({ date: row.date, complaints: row.complaints, delivered: row.delivered });
  });
  return filled;
}
