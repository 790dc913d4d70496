import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { consentAtSendWith, INSTANT_BOUNDS } from './consent-at-send.fragment';

/** One message with a consent violation; instants are epoch milliseconds as strings (64-bit), absent values ''. */
export interface ConsentViolationRow {
  kind: 'AFTER_OPT_OUT' | 'PURPOSE_MISMATCH' | 'NO_CONSENT';
  message_id: string;
  event_id: string;
  sent_ms: string;
  channel: string;
  account_id: string;
  contact_id: string;
  campaign_id: string;
  template_name: string;
  template_category: string;
  purpose: 'marketing' | 'service';
  business_initiated: boolean;
  blocked: boolean;
  /** '' when the contact never wrote on this account before the send. */
  last_inbound_ms: string;
  marketing_state: 'granted' | 'withdrawn' | 'none';
  service_state: 'granted' | 'withdrawn' | 'none';
  /** The deciding consent event; '' (and 0) when there is none. */
  evidence_event_id: string;
  evidence_ms: string;
  evidence_action: string;
  evidence_method: string;
  evidence_purpose: string;
}

/**
 * The consent violations (AFTER_OPT_OUT, PURPOSE_MISMATCH, NO_CONSENT — at most one per message) among the
 * tenant's business messages sent in [{fromMs}, {toMs}), with the consent at send time from the shared
 * consent-at-send definition.
 */
export function consentViolationsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH ${consentAtSendWith(db, INSTANT_BOUNDS)}
SELECT
    consent_kind AS kind,
    message_id,
    event_id,
    toString(toUnixTimestamp64Milli(sent_at)) AS sent_ms,
    toString(channel) AS channel,
    toString(account_id) AS account_id,
    contact_id,
    toString(campaign_id) AS campaign_id,
    toString(template_name) AS template_name,
    toString(template_category) AS template_category,
    purpose,
    business_initiated,
    blocked,
    if(last_inbound_at IS NULL, '', toString(toUnixTimestamp64Milli(assumeNotNull(last_inbound_at)))) AS last_inbound_ms,
    marketing_state,
    service_state,
    evidence_event_id,
    toString(toUnixTimestamp64Milli(evidence_at)) AS evidence_ms,
    toString(evidence_action) AS evidence_action,
    toString(evidence_method) AS evidence_method,
    toString(evidence_purpose) AS evidence_purpose
FROM consent_at_send
WHERE consent_kind != ''
ORDER BY sent_at, message_id`;
}
