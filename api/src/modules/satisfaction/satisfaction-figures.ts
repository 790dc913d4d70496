import { SurveyKind } from './dtos/satisfaction.enums';
import type { SatisfactionFigureModel } from './dtos/satisfaction.model';

/** One survey's answer counts in a group (absent counts are 0). */
export interface AnswerCounts {
  answers: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Distinct answered conversations. */
  conversations: number;
}

export const NO_ANSWERS: AnswerCounts = { answers: 0, promoters: 0, passives: 0, detractors: 0, conversations: 0 };

/**
 * NPS = (promoters − detractors) ÷ answers × 100 (−100..100); CSAT = promoters (4–5) ÷ answers (0..1); null without
 * answers. Response rate = answered conversations ÷ resolved conversations, null when none was resolved.
 */
export function satisfactionFigure(
  survey: SurveyKind,
  counts: AnswerCounts,
  resolved: number,
): SatisfactionFigureModel {
  const { answers, promoters, passives, detractors, conversations } = counts;
  let score: number | null = null;
  if (answers > 0) {
    score = survey === SurveyKind.NPS ? ((promoters - detractors) / answers) * 100 : promoters / answers;
  }
  return {
    survey,
    answers,
    score,
    promoters,
    passives,
    detractors,
    responseRate: resolved > 0 ? conversations / resolved : null,
  };
}
