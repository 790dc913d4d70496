import { Type, type Static } from '@sinclair/typebox';
import { accountId, contactCountry, contactId, envelope, literalUnion } from '../common';

export const CONVERSATION_ACTIONS = ['opened', 'assigned', 'bot_handoff', 'resolved', 'reopened'] as const;

export const ConversationUpdatedPayload = Type.Object(
  {
    action: literalUnion(CONVERSATION_ACTIONS),
    agentId: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
    teamId: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
  },
  { additionalProperties: false },
);

export const ConversationUpdatedEvent = Type.Object(
  {
    ...envelope,
    type: Type.Literal('conversation.updated'),
    accountId,
    contactId,
    contactCountry,
    payload: ConversationUpdatedPayload,
  },
  { additionalProperties: false, $id: 'conversation.updated', description: 'Helpdesk conversation lifecycle' },
);
export type ConversationUpdatedEvent = Static<typeof ConversationUpdatedEvent>;
