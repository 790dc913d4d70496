import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { IN_RANGE } from './message-purpose.fragment';

/** One distinct business-sent text of the range, with how it was sent (what the classifier needs). */
export interface ContentTextRow {
  /** cityHash64 of the text (64-bit, so a string). */
  text_hash: string;
  sample_text: string;
  is_template: boolean;
  template_category: string;
}

/**
 * The distinct texts of the range's `message.sent` events (template or not), each once per (template flag,
 * category): the detector classifies every text once, not every message.
 */
export function contentTextsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT toString(cityHash64(text)) AS text_hash, any(e.text) AS sample_text, is_template, template_category
FROM ${db}.events AS e
WHERE tenant_id = {tenant:String}
    AND type = 'message.sent'
    AND text != ''
    AND ${IN_RANGE}
GROUP BY text_hash, is_template, template_category`;
}
