import type { DailyComplaints } from './daily-complaints';
import { toDayNumber } from './day-number';
import { SpikeError } from './spike-error';

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/** Day numbers of the series, checked: valid dates, whole non-negative counts, no date twice. */
export function validateDays(series: readonly DailyComplaints[]): number[] {
  const seen = new Set<number>();
  return series.map((row) => {
    const day = toDayNumber(row.date);
    if (!isCount(row.complaints) || !isCount(row.delivered)) {
      throw new SpikeError('SPIKES_SERIES_INVALID', `counts must be whole and non-negative on ${row.date}`);
    }
    if (seen.has(day)) throw new SpikeError('SPIKES_SERIES_INVALID', `${row.date} appears twice`);
    seen.add(day);
    return day;
  });
}
