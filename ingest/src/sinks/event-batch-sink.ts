import type { CanonicalEvent } from '@checkmark/schemas';

/** Where processed events are stored; `EventSink` from the warehouse fulfils it. Rejects when nothing is durable. */
export interface EventBatchSink {
  insertEvents(events: CanonicalEvent[], options: { dedupToken?: string }): Promise<void>;
}
