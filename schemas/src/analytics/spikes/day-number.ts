import { SpikeError } from './spike-error';

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a YYYY-MM-DD date; rejects impossible dates such as 2025-02-30. */
export function toDayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (match) {
    const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    if (new Date(ms).toISOString().slice(0, 10) === date) return ms / DAY_MS;
  }
  throw new SpikeError('SPIKES_SERIES_INVALID', `not a YYYY-MM-DD date: ${date}`);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
