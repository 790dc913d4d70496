import { AttributionError } from './attribution-error';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      throw new AttributionError('ATTRIBUTION_OPTIONS_INVALID', `unknown time zone ${timeZone}`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws ATTRIBUTION_OPTIONS_INVALID for a time zone the runtime does not know. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** The calendar date "YYYY-MM-DD" of an instant in an IANA time zone; undefined for an unparsable instant. */
export function localDate(instant: string, timeZone: string): string | undefined {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return undefined;
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(ms)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A calendar date moved by whole days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
