import { Type, type Static } from '@sinclair/typebox';
import { accountId, contactCountry, contactId, envelope, literalUnion } from '../common';

export const COMPLAINT_KINDS = [
  'block',
  'report_spam',
  'marketing_stop',
  'negative_feedback',
  'unsubscribe_request',
] as const;

export const ComplaintRecordedPayload = Type.Object(
  {
    kind: literalUnion(COMPLAINT_KINDS),
    reason: Type.Optional(Type.String({ maxLength: 1024 })),
    relatedMessageId: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
    templateName: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
    campaignId: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
  },
  { additionalProperties: false },
);

export const ComplaintRecordedEvent = Type.Object(
  {
    ...envelope,
    type: Type.Literal('complaint.recorded'),
    accountId,
    contactId,
    contactCountry,
    payload: ComplaintRecordedPayload,
  },
  {
    additionalProperties: false,
    $id: 'complaint.recorded',
    description: 'Block, spam report, stop or negative feedback',
  },
);
export type ComplaintRecordedEvent = Static<typeof ComplaintRecordedEvent>;
