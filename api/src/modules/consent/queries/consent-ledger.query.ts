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
 * Every consent.updated of the contact (any of {contacts}: the id as given and its pseudonym), each event id once
 * (its latest ingestion, as the events table keeps),
 * on {channel} when {filterChannel}, oldest first. Evidence text, URL and proof reference are read only when
 * {withEvidenceText}.
 */
export function consentLedgerQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    id,
    toString(toUnixTimestamp64Milli(occurred_at)) AS occurred_ms,
    channel,
    account_id,
    contact_id,
    consent_action AS action,
    consent_purpose AS purpose,
    consent_method AS method,
    source,
    JSONExtractString(payload, 'evidence', 'formId') AS evidence_form_id,
    JSONExtractString(payload, 'evidence', 'capturedBy') AS evidence_captured_by,
    if({withEvidenceText:Bool}, JSONExtractString(payload, 'evidence', 'text'), '') AS evidence_text,
    if({withEvidenceText:Bool}, JSONExtractString(payload, 'evidence', 'url'), '') AS evidence_url,
    if({withEvidenceText:Bool}, JSONExtractString(payload, 'evidence', 'proofRef'), '') AS evidence_proof_ref
FROM
(
    SELECT *
    FROM ${db}.events
    WHERE tenant_id = {tenant:String}
        AND type = 'consent.updated'
        AND contact_id IN {contacts:Array(String)}
        AND (NOT {filterChannel:Bool} OR channel = {channel:String})
    ORDER BY ingested_at DESC
    LIMIT 1 BY id
)
ORDER BY occurred_at, id
LIMIT {limit:UInt32}`;
}
