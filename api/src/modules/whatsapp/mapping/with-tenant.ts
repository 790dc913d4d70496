import type { CanonicalEvent } from '@checkmark/schemas';
import type { MappedEvent } from './mapping-result';

/** The canonical event of a mapped update for the tenant the receiver resolved (never taken from the body). */
export function withTenant(mapped: MappedEvent, tenantId: string): CanonicalEvent {
  return { ...mapped.event, tenantId };
}
