import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { TEMPLATE_MESSAGES_WHERE } from './template-scope.fragment';

export interface TemplateFailuresRow {
  channel: string;
  /** '' when the platform gave no code. */
  error_code: string;
  error_title: string;
  failed: number;
}

/**
 * Failed messages of one template in the period, per channel, error code and the platform's title (each message
 * counted once, with its first failure). Periods and filters match the template list, so the counts add up to
 * its `failed`.
 */
export function templateFailuresQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    channel,
    ifNull(error_code, '') AS error_code,
    ifNull(error_title, '') AS error_title,
    toUInt32(count()) AS failed
FROM ${db}.message_facts_v
WHERE ${TEMPLATE_MESSAGES_WHERE}
    AND template_name = {name:String}
    AND (NOT {filterLanguage:Bool} OR template_language = {language:String})
    AND failed_at IS NOT NULL
GROUP BY channel, error_code, error_title
ORDER BY failed DESC, channel, error_code, error_title`;
}
