/** Defensive readers for webhook JSON: Meta payloads are untyped input, so nothing is cast without a check. */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function record(value: unknown): JsonRecord | undefined {
  return isRecord(value) ? value : undefined;
}

export function list(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** A non-empty string, or undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** An identifier Meta sends either as a string or as a JSON number (template ids, error codes). */
export function identifier(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

export function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** Display numbers arrive as "15550783881" in current payloads and "+1 555-078-3881" in older ones. */
export function phoneDigits(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const digits = raw.replace(/\D/g, '');
  return digits || undefined;
}

export interface UnixTime {
  /** UTC, millisecond precision, as the pipeline stores it. */
  iso: string;
  /** The seconds as digits, stable across redeliveries; used inside event ids. */
  key: string;
}

// Up to year 5138; anything longer is not a seconds timestamp.
const UNIX_SECONDS = /^\d{1,11}$/;

/** Meta's unix-seconds timestamps (a string on messages and statuses, a number on entries); undefined when absent, null when malformed. */
export function unixTime(value: unknown): UnixTime | null | undefined {
  if (value === undefined || value === null) return undefined;
  const digits = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof digits !== 'string' || !UNIX_SECONDS.test(digits)) return null;
  const seconds = Number(digits);
  return { iso: new Date(seconds * 1000).toISOString(), key: String(seconds) };
}

/** Cuts a string to the schema's maximum length without splitting a surrogate pair. */
export function clip(value: string | undefined, max: number): string | undefined {
  if (value === undefined || value.length <= max) return value;
  const end = /[\uD800-\uDBFF]/.test(value.charAt(max - 1)) ? max - 1 : max;
  return value.slice(0, end);
}

/** Drops keys whose value is undefined so emitted events carry only the fields the platform gave. */
export function compact<T extends object>(value: T): T {
  const out: JsonRecord = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as T;
}
