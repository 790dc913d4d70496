import {
  EventsBodyEmptyError,
  EventsBodyMalformedError,
  TooManyEventsError,
  UnsupportedEventsMediaTypeError,
} from './events-api.exception';

/** One event of a request body: its 1-based line (NDJSON) or position (array), original bytes, decoded value. */
export type EventsBodyLine =
  { line: number; raw: Buffer; value: unknown } | { line: number; raw: Buffer; parseError: string };

const NDJSON_TYPES = new Set([
  'application/x-ndjson',
  'application/ndjson',
  'application/jsonl',
  'application/x-jsonlines',
  'application/jsonlines',
]);
// Senders that do not set a precise type: decide by the first character.
const SNIFFED_TYPES = new Set(['', 'text/plain', 'application/octet-stream']);
const NEWLINE = 0x0a;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Splits a `/v1/events` body into events. `application/json` is one event or an array of them;
 * `application/x-ndjson` is one event per line (blank lines skipped, line numbers physical). A JSON body that
 * does not parse as a whole but has several lines is read as NDJSON, since that is what such senders mean.
 */
export function parseEventsBody(body: Buffer, contentType: string | undefined, maxEvents: number): EventsBodyLine[] {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const bytes = body.subarray(0, 3).equals(UTF8_BOM) ? body.subarray(3) : body;
  const text = bytes.toString('utf8');
  if (!text.trim()) throw new EventsBodyEmptyError();

  let format: 'json' | 'ndjson';
  if (NDJSON_TYPES.has(mediaType)) format = 'ndjson';
  else if (mediaType === 'application/json' || mediaType.endsWith('+json')) format = 'json';
  else if (SNIFFED_TYPES.has(mediaType)) format = text.trimStart().startsWith('[') ? 'json' : 'ndjson';
  else throw new UnsupportedEventsMediaTypeError(mediaType);

  if (format === 'ndjson') return ndjsonLines(bytes, maxEvents);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    if (nonBlankLines(text) > 1) return ndjsonLines(bytes, maxEvents);
    throw new EventsBodyMalformedError(`the body is not valid JSON: ${(error as Error).message}`);
  }
  const values: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
  if (values.length > maxEvents) throw new TooManyEventsError(maxEvents);
  // Array elements have no bytes of their own; their canonical serialisation stands in for them.
  return values.map((value, i) => ({ line: i + 1, raw: Buffer.from(JSON.stringify(value) ?? 'null', 'utf8'), value }));
}

function ndjsonLines(bytes: Buffer, maxEvents: number): EventsBodyLine[] {
  const lines: EventsBodyLine[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end === -1) end = bytes.length;
    let raw = bytes.subarray(start, end);
    if (raw.length && raw[raw.length - 1] === 0x0d) raw = raw.subarray(0, raw.length - 1);
    start = end + 1;
    const text = raw.toString('utf8');
    if (!text.trim()) continue;
    if (lines.length >= maxEvents) throw new TooManyEventsError(maxEvents);
    try {
      lines.push({ line, raw, value: JSON.parse(text) as unknown });
    } catch (error) {
      lines.push({ line, raw, parseError: (error as Error).message });
    }
  }
  if (!lines.length) throw new EventsBodyEmptyError();
  return lines;
}

function nonBlankLines(text: string): number {
  return text.split('\n').filter((l) => l.trim()).length;
}
