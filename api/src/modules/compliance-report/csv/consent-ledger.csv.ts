import type { LedgerExport } from '../pdf/consent-ledger.document';
import { CSV_BOM, csvLine } from './csv-writer';

/** A contact's consent ledger as CSV: one record per opt-in/opt-out, oldest first, with its evidence. */
export function consentLedgerCsv({ ledger }: LedgerExport): string {
  return [
    CSV_BOM,
    csvLine([
      'eventId',
      'occurredAt',
      'contactId',
      'channel',
      'accountId',
      'purpose',
      'action',
      'method',
      'source',
      'evidenceText',
      'evidenceUrl',
      'formId',
      'capturedBy',
      'proofRef',
    ]),
    ...ledger.entries.map((e) =>
      csvLine([
        e.id,
        e.occurredAt.toISOString(),
        ledger.contactId,
        e.channel,
        e.accountId,
        e.purpose,
        e.action,
        e.method,
        e.source,
        e.evidence.text,
        e.evidence.url,
        e.evidence.formId,
        e.evidence.capturedBy,
        e.evidence.proofRef,
      ]),
    ),
  ].join('');
}
