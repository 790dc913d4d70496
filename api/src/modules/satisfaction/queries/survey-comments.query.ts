import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { COMMENTS_WHERE, surveyAnswersWith } from './survey-answers.fragment';

/** Times are epoch milliseconds as strings (64-bit integers). */
export interface SurveyCommentRow {
  id: string;
  survey: 'nps' | 'csat';
  score: number;
  comment: string;
  answered_ms: string;
  channel: string;
  agent: string;
  conversation_id: string;
}

/** The selected comments newest first by (answered at, event id), after the cursor when {filterAfter} is set. */
export function surveyCommentsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH ${surveyAnswersWith(db, true)}
SELECT
    id,
    toString(survey) AS survey,
    answer AS score,
    comment,
    toString(toUnixTimestamp64Milli(answered_at)) AS answered_ms,
    toString(ch) AS channel,
    agent,
    conversation AS conversation_id
FROM credited
WHERE ${COMMENTS_WHERE}
    AND (NOT {filterAfter:Bool}
        OR (toUnixTimestamp64Milli(answered_at), id) < ({afterMs:Int64}, {afterId:String}))
ORDER BY answered_at DESC, id DESC
LIMIT {limit:UInt32}`;
}
