import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { IN_RANGE } from './message-purpose.fragment';
import { SENT_MESSAGE_COLUMNS, type SentMessageRow } from './sent-message-row';

/** A send whose text the classifier flagged. */
export interface ContentMessageRow extends SentMessageRow {
  text_hash: string;
  is_template: boolean;
  template_category: string;
  contact_country: string;
}

/** The range's `message.sent` events whose text hash is one of {hashes}: the flagged texts expanded to messages. */
export function contentMessagesQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT ${SENT_MESSAGE_COLUMNS}, toString(cityHash64(text)) AS text_hash, is_template, template_category, contact_country
FROM ${db}.events FINAL
WHERE tenant_id = {tenant:String}
    AND type = 'message.sent'
    AND text != ''
    AND ${IN_RANGE}
    AND toString(cityHash64(text)) IN {hashes:Array(String)}
ORDER BY occurred_at, id`;
}
