import { MAX_INSTANT_MS } from './instant-range';

/** One stretch of time during which a zone's UTC offset does not change: [from, to). */
export interface OffsetStretch {
  from: number;
  to: number;
  /** Local wall time minus UTC, in milliseconds. */
  offsetMs: number;
}

interface YearOffsets {
  startOffsetMs: number;
  transitions: { at: number; offsetMs: number }[];
}

/** Sampling step when looking for offset changes; tzdb never changes a zone's offset twice within a week. */
const PROBE_MS = 7 * 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const yearCache = new Map<string, YearOffsets>();

/** The runtime's formatter for a zone; throws a RangeError for a zone it does not know. */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's offset at an instant, to the second (tzdb offsets before 1900 have seconds). */
export function offsetAt(timeZone: string, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const part of zoneFormatter(timeZone).formatToParts(whole)) parts[part.type] = part.value;
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  const day = daysFromCivil(year, Number(parts.month), Number(parts.day));
  const wall = day * 86_400_000 + ((Number(parts.hour) * 60 + Number(parts.minute)) * 60 + Number(parts.second)) * 1000;
  return wall - whole;
}

/** Days since 1970-01-01 of a proleptic Gregorian date; plain arithmetic, so it also works at a Date's limits. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function yearOffsets(timeZone: string, year: number): YearOffsets {
  const key = `${timeZone}|${year}`;
  const cached = yearCache.get(key);
  if (cached) return cached;
  const from = utcYearStart(year);
  const to = utcYearStart(year + 1);
  const startOffsetMs = offsetAt(timeZone, from);
  const transitions: YearOffsets['transitions'] = [];
  let before = from;
  let offsetBefore = startOffsetMs;
  while (before < to) {
    const probe = Math.min(before + PROBE_MS, to);
    const offsetProbe = offsetAt(timeZone, probe);
    if (offsetProbe !== offsetBefore) {
      // Offsets change on whole seconds: bisect for the first second with the new offset.
      let low = before / 1000;
      let high = probe / 1000;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (offsetAt(timeZone, middle * 1000) === offsetBefore) low = middle;
        else high = middle;
      }
      if (high * 1000 < to) transitions.push({ at: high * 1000, offsetMs: offsetProbe });
    }
    before = probe;
    offsetBefore = offsetProbe;
  }
  const offsets = { startOffsetMs, transitions };
  yearCache.set(key, offsets);
  return offsets;
}

/** 1 January of a UTC year, clamped to the range a Date can hold. */
function utcYearStart(year: number): number {
  if (year > 275_760) return MAX_INSTANT_MS;
  if (year <= -271_821) return -MAX_INSTANT_MS;
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date.getTime();
}

/**
 * The constant-offset stretches covering [from, MAX_INSTANT_MS) in order, cut at offset changes and at UTC year ends.
 * Offsets are looked up once per zone and year and kept.
 */
export function* offsetStretches(timeZone: string, from: number): Generator<OffsetStretch> {
  let cursor = from;
  while (cursor < MAX_INSTANT_MS) {
    const year = new Date(cursor).getUTCFullYear();
    const { startOffsetMs, transitions } = yearOffsets(timeZone, year);
    const yearEnd = utcYearStart(year + 1);
    let offsetMs = startOffsetMs;
    for (const transition of transitions) {
      if (transition.at > cursor) {
        yield { from: cursor, to: transition.at, offsetMs };
        cursor = transition.at;
      }
      offsetMs = transition.offsetMs;
    }
    yield { from: cursor, to: yearEnd, offsetMs };
    cursor = yearEnd;
  }
}
