import { Type, type Static } from '@sinclair/typebox';
import { accountId, contactCountry, contactId, envelope, literalUnion } from '../common';
import { ContentType } from './message-received';

export const SENDER_KINDS = ['agent', 'bot', 'campaign', 'automation', 'system'] as const;
export const TEMPLATE_CATEGORIES = ['marketing', 'utility', 'authentication'] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

/** Accepts the platform's upper-case spelling too; the pipeline lower-cases it. */
export const TemplateCategoryInput = literalUnion([
  ...TEMPLATE_CATEGORIES,
  ...TEMPLATE_CATEGORIES.map((c) => c.toUpperCase()),
] as const);

export const MessageSentPayload = Type.Object(
  {
    sender: Type.Object(
      {
        kind: literalUnion(SENDER_KINDS),
        agentId: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
        teamId: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
      },
      { additionalProperties: false },
    ),
    isTemplate: Type.Boolean(),
    templateName: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
    templateLanguage: Type.Optional(Type.String({ maxLength: 35 })),
    templateCategory: Type.Optional(TemplateCategoryInput),
    campaignId: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
    contentType: ContentType,
    text: Type.Optional(Type.String({ maxLength: 65536 })),
  },
  { additionalProperties: false },
);

export const MessageSentEvent = Type.Object(
  {
    ...envelope,
    type: Type.Literal('message.sent'),
    accountId,
    contactId,
    contactCountry,
    payload: MessageSentPayload,
  },
  { additionalProperties: false, $id: 'message.sent', description: 'A business message to a customer' },
);
export type MessageSentEvent = Static<typeof MessageSentEvent>;
