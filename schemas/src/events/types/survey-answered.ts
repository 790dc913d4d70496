import { Type, type Static } from '@sinclair/typebox';
import { accountId, contactCountry, contactId, envelope, literalUnion } from '../common';

export const SURVEY_KINDS = ['nps', 'csat'] as const;
/** Inclusive score range per survey kind (checked after the schema). */
export const SURVEY_SCORE_RANGE = { nps: [0, 10], csat: [1, 5] } as const;

export const SurveyAnsweredPayload = Type.Object(
  {
    survey: literalUnion(SURVEY_KINDS),
    score: Type.Integer({ minimum: 0, maximum: 10 }),
    agentId: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
    comment: Type.Optional(Type.String({ maxLength: 8192 })),
  },
  { additionalProperties: false },
);

export const SurveyAnsweredEvent = Type.Object(
  {
    ...envelope,
    type: Type.Literal('survey.answered'),
    accountId,
    contactId,
    contactCountry,
    payload: SurveyAnsweredPayload,
  },
  { additionalProperties: false, $id: 'survey.answered', description: 'NPS (0–10) or CSAT (1–5) answer' },
);
export type SurveyAnsweredEvent = Static<typeof SurveyAnsweredEvent>;
