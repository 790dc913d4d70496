import { quoteIdentifier } from '@checkmark/schemas/warehouse';

/** The contact's latest customer message on a channel at or before the instant, epoch ms as a string. */
export interface ContactInboundRow {
  channel: string;
  last_inbound_ms: string;
}

/**
 * Per channel, the contact's (any of {contacts}) latest customer message — not a reaction or system notice — at or
 * before {atMs}: a block ends when the contact writes again.
 */
export function contactInboundQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT channel, toString(toUnixTimestamp64Milli(max(occurred_at))) AS last_inbound_ms
FROM ${db}.events
WHERE tenant_id = {tenant:String}
    AND type = 'message.received'
    AND content_type NOT IN ('system', 'reaction')
    AND contact_id IN {contacts:Array(String)}
    AND occurred_at <= fromUnixTimestamp64Milli({atMs:Int64}, 'UTC')
GROUP BY channel`;
}
