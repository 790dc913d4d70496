import { Type, type Static } from '@sinclair/typebox';
import { accountId, contactCountry, contactId, envelope, literalUnion } from '../common';

export const MESSAGE_STATUSES = ['sent', 'delivered', 'read', 'played', 'failed', 'deleted'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];
export const PRICING_TYPES = ['regular', 'free_customer_service', 'free_entry_point'] as const;
export const PRICING_MODELS = ['CBP', 'PMP'] as const;

export const Pricing = Type.Object(
  {
    category: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: 'marketing, utility, authentication, service, …' }),
    ),
    type: Type.Optional(literalUnion(PRICING_TYPES)),
    billable: Type.Optional(Type.Boolean()),
    model: Type.Optional(literalUnion(PRICING_MODELS)),
  },
  { additionalProperties: false },
);

export const MessageStatusPayload = Type.Object(
  {
    status: literalUnion(MESSAGE_STATUSES),
    errorCode: Type.Optional(
      Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Integer()], {
        description: 'Platform error code',
      }),
    ),
    errorTitle: Type.Optional(Type.String({ maxLength: 1024 })),
    errorDetails: Type.Optional(Type.String({ maxLength: 4096 })),
    pricing: Type.Optional(Pricing),
    campaignId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 128, description: 'From callback data set at send' }),
    ),
  },
  { additionalProperties: false },
);

export const MessageStatusEvent = Type.Object(
  {
    ...envelope,
    type: Type.Literal('message.status'),
    accountId,
    contactId,
    contactCountry,
    messageId: envelope.messageId,
    payload: MessageStatusPayload,
  },
  { additionalProperties: false, $id: 'message.status', description: 'Delivery status of a business message' },
);
export type MessageStatusEvent = Static<typeof MessageStatusEvent>;
