import { Type, type Static } from '@sinclair/typebox';
import { accountId, contactCountry, contactId, envelope, literalUnion } from '../common';

export const CONTENT_TYPES = [
  'text',
  'image',
  'audio',
  'video',
  'document',
  'sticker',
  'location',
  'contacts',
  'interactive',
  'button',
  'reaction',
  'order',
  'template',
  'system',
  'unsupported',
] as const;
export const ContentType = literalUnion(CONTENT_TYPES, { description: 'Kind of message content' });

export const REFERRAL_KINDS = ['ad', 'post', 'deeplink', 'qr', 'widget', 'shortlink', 'organic'] as const;

export const Utm = Type.Object(
  {
    source: Type.Optional(Type.String({ maxLength: 256 })),
    medium: Type.Optional(Type.String({ maxLength: 256 })),
    campaign: Type.Optional(Type.String({ maxLength: 256 })),
    term: Type.Optional(Type.String({ maxLength: 256 })),
    content: Type.Optional(Type.String({ maxLength: 256 })),
  },
  { additionalProperties: false },
);

export const Referral = Type.Object(
  {
    kind: literalUnion(REFERRAL_KINDS),
    sourceId: Type.Optional(Type.String({ maxLength: 256, description: 'Ad id, post id, bot start payload, chatURI' })),
    sourceUrl: Type.Optional(Type.String({ maxLength: 2048 })),
    ref: Type.Optional(Type.String({ maxLength: 512, description: 'Deep-link ref / start payload / context' })),
    clickId: Type.Optional(Type.String({ maxLength: 512, description: 'ctwa_clid or fbclid' })),
    headline: Type.Optional(Type.String({ maxLength: 1024 })),
    utm: Type.Optional(Utm),
  },
  { additionalProperties: false },
);

export const MessageReceivedPayload = Type.Object(
  {
    contentType: ContentType,
    text: Type.Optional(Type.String({ maxLength: 65536 })),
    language: Type.Optional(Type.String({ maxLength: 35 })),
    replyToMessageId: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
    referral: Type.Optional(Referral),
  },
  { additionalProperties: false },
);

export const MessageReceivedEvent = Type.Object(
  {
    ...envelope,
    type: Type.Literal('message.received'),
    accountId,
    contactId,
    contactCountry,
    payload: MessageReceivedPayload,
  },
  { additionalProperties: false, $id: 'message.received', description: 'A customer message to the business' },
);
export type MessageReceivedEvent = Static<typeof MessageReceivedEvent>;
