import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { ROLLUP_WHERE } from './engagement-rollup.fragment';

export interface FailureReasonsRow {
  channel: string;
  /** '' when the platform gave no code. */
  error_code: string;
  error_title: string;
  failed: number;
}

/**
 * Failed business messages of the period per channel, error code and the platform's title (each message counted
 * once, with its first failure), from the rollup. With {filterTemplate} set, only that template's messages (and
 * one language when {filterLanguage} is set), so the counts add up to the template list's `failed`.
 */
export function failureReasonsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    r.channel AS channel,
    r.error_code AS error_code,
    r.error_title AS error_title,
    toUInt32(sum(r.failed)) AS failed
FROM ${db}.message_engagement AS r
WHERE ${ROLLUP_WHERE}
    AND r.failed > 0
    AND (NOT {filterTemplate:Bool} OR (r.is_template AND r.template_name = {name:String}))
    AND (NOT {filterLanguage:Bool} OR r.template_language = {language:String})
GROUP BY channel, error_code, error_title
ORDER BY failed DESC, channel, error_code, error_title`;
}
