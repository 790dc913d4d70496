import type { CanonicalEvent } from '@checkmark/schemas';
import type { RejectRecord } from '@checkmark/schemas/warehouse';

export const EVENT_TRANSPORT = Symbol('EVENT_TRANSPORT');

/**
 * Where receivers hand validated, pseudonymised events and the rejects of a request. `publish` resolves only
 * once everything is durable (inserted in embedded mode, acknowledged by all in-sync replicas in Kafka mode)
 * and rejects otherwise, so a receiver never acknowledges what was not stored.
 */
export interface EventTransport {
  readonly kind: 'embedded' | 'kafka';
  start(): Promise<void>;
  publish(events: CanonicalEvent[], rejects: RejectRecord[]): Promise<void>;
  /** Throws when the transport cannot currently store anything. */
  ping(): Promise<void>;
  /** Stops accepting work and waits for what was accepted. */
  close(): Promise<void>;
}
