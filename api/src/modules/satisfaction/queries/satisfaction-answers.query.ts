import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { satisfactionGroupKey, surveyAnswersWith } from './survey-answers.fragment';

/** Per survey: the whole selection (part 'total', key '') and each group's figures. */
export interface SatisfactionAnswersRow {
  part: 'total' | 'group';
  survey: 'nps' | 'csat';
  key: string;
  answers: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Distinct support conversations answered (an answer no conversation precedes counts as its own). */
  conversations: number;
}

/**
 * NPS and CSAT answer counts by class, per survey, for the selection and for each group ({groupBy}), from one
 * read of the period's answers. Promoters: NPS 9–10 / CSAT 4–5; passives 7–8 / 3; detractors 0–6 / 1–2.
 */
export function satisfactionAnswersQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH ${surveyAnswersWith(db, false)}
SELECT
    if(grouping(group_key) = 0, 'group', 'total') AS part,
    toString(survey) AS survey,
    if(grouping(group_key) = 0, group_key, '') AS key,
    toUInt32(count()) AS answers,
    toUInt32(countIf(if(survey = 'nps', answer >= 9, answer >= 4))) AS promoters,
    toUInt32(countIf(if(survey = 'nps', answer BETWEEN 7 AND 8, answer = 3))) AS passives,
    toUInt32(countIf(if(survey = 'nps', answer <= 6, answer <= 2))) AS detractors,
    toUInt32(uniqExact(conversation_key, if(conversation_key = '', id, ''))) AS conversations
FROM credited
GROUP BY GROUPING SETS ((survey), (survey, ${satisfactionGroupKey('answered_at')} AS group_key))
ORDER BY part, survey, key`;
}
