import type { ChangeContext } from './mapping-sink';
import { unixTime, type UnixTime } from './payload-reader';

/**
 * When an update happened: its own timestamp when it has one, else entry.time. Never the time of receipt, so a
 * redelivery maps to the same event; with neither, the item is skipped. A malformed own timestamp is skipped too
 * rather than silently replaced by another clock.
 */
export function occurredAt(ctx: ChangeContext, own: unknown, path: string): UnixTime | undefined {
  const time = unixTime(own);
  if (time === null) {
    ctx.sink.skip(`${path}/timestamp`, 'invalid_timestamp', String(own));
    return undefined;
  }
  const resolved = time ?? ctx.entryTime;
  if (!resolved) ctx.sink.skip(path, 'missing_timestamp');
  return resolved;
}
