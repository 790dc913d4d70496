import type { ViolationKind, ViolationSeverity } from '@checkmark/schemas/compliance';
import type { SentMessageRow } from '../queries/sent-message-row';
import type { DetectedViolation } from './violation-detector';

/** A message violation from a detector's row: key `${kind}:${messageId}` (the event id when the send had none). */
export function sentMessageViolation(
  row: SentMessageRow,
  found: { kind: ViolationKind; severity: ViolationSeverity; ruleVersion: string; evidence: Record<string, unknown> },
): DetectedViolation {
  const messageId = row.message_id || null;
  return {
    ...found,
    key: `${found.kind}:${messageId ?? row.event_id}`,
    occurredAt: new Date(Number(row.occurred_at_ms)),
    channel: row.channel,
    accountId: row.account_id,
    contactId: row.contact_id,
    messageId,
    eventId: row.event_id,
    campaignId: row.campaign_id || null,
    templateName: row.template_name || null,
  };
}
