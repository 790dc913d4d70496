import type { CanonicalEvent, EventType } from '@checkmark/schemas';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A canonical event before the receiver sets `tenantId` (per event type, so `{ ...event, tenantId }` is a CanonicalEvent). */
export type UntenantedEvent = DistributiveOmit<CanonicalEvent, 'tenantId'>;
export type UntenantedEventOf<T extends EventType> = Omit<Extract<CanonicalEvent, { type: T }>, 'tenantId'>;

export interface MappedEvent {
  event: UntenantedEvent;
  /** The WhatsApp Business Account (entry.id) the update came from; the receiver resolves the tenant with it. */
  wabaId: string;
}

/** Bounded set of reasons, usable as a metrics label; `detail` carries the offending value for logs. */
export type SkipReason =
  | 'invalid_entry'
  | 'invalid_change'
  | 'unknown_field'
  | 'change_errors'
  | 'missing_phone_number_id'
  | 'invalid_item'
  | 'unsupported_message_type'
  | 'missing_message_id'
  | 'missing_contact'
  | 'missing_timestamp'
  | 'invalid_timestamp'
  | 'unknown_status'
  | 'unknown_preference'
  | 'missing_template_fields'
  | 'missing_event'
  | 'no_messaging_limit'
  | 'duplicate_event_id'
  // The item was mapped but one field was left out because the canonical model has no value for it.
  | 'field_dropped';

export interface MappingSkip {
  /** JSON pointer into the webhook body, e.g. `/entry/0/changes/1/value/messages/3`. */
  path: string;
  reason: SkipReason;
  detail?: string;
}

export interface MappedAccount {
  /** The `accountId` events of this account carry: phone_number_id, else display number, else WABA id. */
  accountId: string;
  wabaId: string;
  displayPhoneNumber?: string;
}

export interface WhatsAppMappingResult {
  events: MappedEvent[];
  skipped: MappingSkip[];
  /** Every business account named in the body, once each, so the receiver can register unknown numbers. */
  accounts: MappedAccount[];
}

export interface WhatsAppMappingOptions {
  /**
   * Management webhooks (phone_number_quality_update, account_update) name a number only by its display number,
   * while `messages` events use phone_number_id. When the receiver knows the pair (from earlier `messages`
   * metadata) it can return the id here so quality events join the number's messages.
   */
  resolvePhoneNumberId?: (displayPhoneNumber: string, wabaId: string) => string | undefined;
}
