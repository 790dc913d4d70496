import { FormatRegistry, Type, type TSchema } from '@sinclair/typebox';

export const SCHEMA_VERSION = 1 as const;

export const CHANNELS = [
  'whatsapp',
  'messenger',
  'instagram',
  'telegram',
  'viber',
  'vk',
  'sms',
  'email',
  'webchat',
] as const;
export type Channel = (typeof CHANNELS)[number];

// RFC 3339 date-time with an explicit offset; the pipeline canonicalises it to UTC with millisecond precision.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;
FormatRegistry.Set('date-time', (value) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)));

export function literalUnion<T extends readonly string[]>(values: T, options: Record<string, unknown> = {}) {
  return Type.Union(
    values.map((v) => Type.Literal(v)),
    options,
  ) as unknown as TSchema & { static: T[number] };
}

export const Id = (maxLength: number, description: string) => Type.String({ minLength: 1, maxLength, description });

export const ChannelSchema = Type.Union(
  CHANNELS.map((c) => Type.Literal(c)),
  { description: 'Messaging channel' },
);

/** Envelope fields shared by every canonical event. */
export const envelope = {
  id: Id(128, 'Deterministic event id; the deduplication key'),
  tenantId: Id(64, 'Set by the receiver from authentication, never trusted from a body'),
  occurredAt: Type.String({
    format: 'date-time',
    description: 'When it happened (RFC 3339; stored as UTC, ms precision)',
  }),
  channel: ChannelSchema,
  conversationId: Type.Optional(Id(128, 'Conversation id when the source provides one')),
  messageId: Type.Optional(Id(256, 'Provider message id this event is about')),
  source: Id(64, 'Which receiver produced the event (whatsapp_webhook, events_api, simulator, import, …)'),
  schemaVersion: Type.Literal(SCHEMA_VERSION),
};

export const accountId = Id(128, 'Business sender: phone_number_id, bot, page, short code');
export const contactId = Id(256, 'Customer key; pseudonymised by the pipeline');

/**
 * The contact's country. The pipeline derives it from the calling code when the raw contact id is a phone number
 * (the number itself is gone after pseudonymisation); a sender that knows the country better may send it.
 */
export const contactCountry = Type.Optional(
  Type.String({
    pattern: '^[A-Z]{2}$',
    description:
      'ISO 3166-1 alpha-2 country of the contact (upper case). Derived by the pipeline from a phone-number contact id when absent; kept as sent when present',
  }),
);
