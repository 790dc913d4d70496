import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { COMMENTS_WHERE, surveyAnswersWith } from './survey-answers.fragment';

/** How many comments the comments list selects (without its cursor). */
export function surveyCommentCountQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH ${surveyAnswersWith(db, true)}
SELECT toUInt32(count()) AS total
FROM credited
WHERE ${COMMENTS_WHERE}`;
}
