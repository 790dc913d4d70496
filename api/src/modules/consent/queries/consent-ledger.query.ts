import { quoteIdentifier } from '@checkmark/schemas/warehouse';

/** One consent.updated of the contact; the time is epoch milliseconds as a string (64-bit), absent values ''. */
export interface ConsentLedgerRow {
  id: string;
  occurred_ms: string;
  channel: string;
  account_id: string;
  contact_id: string;
  action: string;
  purpose: string;
  method: string;
  source: string;
  evidence_form_id: string;
  evidence_captured_by: string;
  /** '' unless {withEvidenceText} (admin and compliance only). */
  evidence_text: string;
  evidence_url: string;
  evidence_proof_ref: string;
}

/**
 * Every consent.updated of the contact (any of {contacts}: the id as given and its pseudonym), each event id once,
 * on {channel} when {filterChannel}, oldest first. Evidence text, URL and proof reference are read only when
 * {withEvidenceText}.
 */
export function consentLedgerQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    id,
    toString(toUnixTimestamp64Milli(any(occurred_at))) AS occurred_ms,
    toString(any(channel)) AS channel,
    toString(any(account_id)) AS account_id,
    any(contact_id) AS contact_id,
    toString(any(consent_action)) AS action,
    toString(any(consent_purpose)) AS purpose,
    toString(any(consent_method)) AS method,
    toString(any(source)) AS source,
    any(JSONExtractString(payload, 'evidence', 'formId')) AS evidence_form_id,
    any(JSONExtractString(payload, 'evidence', 'capturedBy')) AS evidence_captured_by,
    if({withEvidenceText:Bool}, any(JSONExtractString(payload, 'evidence', 'text')), '') AS evidence_text,
    if({withEvidenceText:Bool}, any(JSONExtractString(payload, 'evidence', 'url')), '') AS evidence_url,
    if({withEvidenceText:Bool}, any(JSONExtractString(payload, 'evidence', 'proofRef')), '') AS evidence_proof_ref
FROM ${db}.events
WHERE tenant_id = {tenant:String}
    AND type = 'consent.updated'
    AND contact_id IN {contacts:Array(String)}
    AND (NOT {filterChannel:Bool} OR channel = {channel:String})
GROUP BY id
ORDER BY toInt64(occurred_ms), id
LIMIT {limit:UInt32}`;
}
