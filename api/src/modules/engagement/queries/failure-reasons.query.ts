import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { ENGAGEMENT_MESSAGES_WHERE } from './engagement-scope.fragment';

export interface FailureReasonsRow {
  channel: string;
  /** '' when the platform gave no code. */
  error_code: string;
  error_title: string;
  failed: number;
}

/**
 * Failed business messages of the period per channel, error code and the platform's title (each message counted
 * once, with its first failure). With {filterTemplate} set, only that template's messages (and one language when
 * {filterLanguage} is set), so the counts add up to the template list's `failed`.
 */
export function failureReasonsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    channel,
    ifNull(error_code, '') AS error_code,
    ifNull(error_title, '') AS error_title,
    toUInt32(count()) AS failed
FROM ${db}.message_facts_v
WHERE ${ENGAGEMENT_MESSAGES_WHERE}
    AND failed_at IS NOT NULL
    AND (NOT {filterTemplate:Bool} OR (is_template AND template_name = {name:String}))
    AND (NOT {filterLanguage:Bool} OR template_language = {language:String})
GROUP BY channel, error_code, error_title
ORDER BY failed DESC, channel, error_code, error_title`;
}
