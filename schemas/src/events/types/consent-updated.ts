import { Type, type Static } from '@sinclair/typebox';
import { accountId, contactCountry, contactId, envelope, literalUnion } from '../common';

export const CONSENT_ACTIONS = ['opt_in', 'opt_out'] as const;
export const CONSENT_PURPOSES = ['marketing', 'service', 'all'] as const;
export const CONSENT_METHODS = [
  'web_form',
  'checkout',
  'chatbot',
  'keyword',
  'button',
  'ad_form',
  'paper',
  'phone',
  'import',
  'api',
  'platform_stop',
  'platform_resume',
  'block',
] as const;

export const ConsentEvidence = Type.Object(
  {
    text: Type.Optional(Type.String({ maxLength: 8192, description: 'Wording shown to the person' })),
    url: Type.Optional(Type.String({ maxLength: 2048 })),
    formId: Type.Optional(Type.String({ maxLength: 256 })),
    capturedBy: Type.Optional(Type.String({ maxLength: 256 })),
    proofRef: Type.Optional(Type.String({ maxLength: 1024 })),
  },
  { additionalProperties: false },
);

export const ConsentUpdatedPayload = Type.Object(
  {
    action: literalUnion(CONSENT_ACTIONS),
    purpose: literalUnion(CONSENT_PURPOSES),
    method: literalUnion(CONSENT_METHODS),
    evidence: Type.Optional(ConsentEvidence),
  },
  { additionalProperties: false },
);

export const ConsentUpdatedEvent = Type.Object(
  {
    ...envelope,
    type: Type.Literal('consent.updated'),
    accountId,
    contactId,
    contactCountry,
    payload: ConsentUpdatedPayload,
  },
  { additionalProperties: false, $id: 'consent.updated', description: 'Opt-in or opt-out with evidence' },
);
export type ConsentUpdatedEvent = Static<typeof ConsentUpdatedEvent>;
