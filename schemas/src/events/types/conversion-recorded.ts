import { Type, type Static } from '@sinclair/typebox';
import { contactCountry, contactId, envelope, Id, literalUnion } from '../common';

export const CONVERSION_KINDS = ['purchase', 'lead', 'signup', 'booking'] as const;

export const ConversionRecordedPayload = Type.Object(
  {
    kind: literalUnion(CONVERSION_KINDS),
    orderId: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
    value: Type.Optional(Type.Number({ minimum: 0 })),
    currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217' })),
    attributionToken: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  },
  { additionalProperties: false },
);

export const ConversionRecordedEvent = Type.Object(
  {
    ...envelope,
    type: Type.Literal('conversion.recorded'),
    accountId: Type.Optional(Id(128, 'Business account the conversion belongs to, when known')),
    contactId: Type.Optional(contactId),
    contactCountry,
    payload: ConversionRecordedPayload,
  },
  { additionalProperties: false, $id: 'conversion.recorded', description: 'Purchase, lead, sign-up or booking' },
);
export type ConversionRecordedEvent = Static<typeof ConversionRecordedEvent>;
