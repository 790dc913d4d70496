import { dlq, drop, ok, type StepResult } from '../step-result';

/** One event's encoded size limit; larger records are kept as dead letters, not parsed. */
export const MAX_EVENT_BYTES = 1024 * 1024;

export function parseStep(bytes: Buffer | string | null | undefined): StepResult<unknown> {
  if (bytes === null || bytes === undefined || bytes.length === 0) return drop('empty_record');
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
  if (size > MAX_EVENT_BYTES)
    return dlq('parse', 'too_large', `record is ${size} bytes; the limit is ${MAX_EVENT_BYTES}`);
  try {
    return ok(JSON.parse(typeof bytes === 'string' ? bytes : bytes.toString('utf8')) as unknown);
  } catch (error) {
    return dlq('parse', 'malformed_json', error instanceof Error ? error.message : 'not JSON');
  }
}
