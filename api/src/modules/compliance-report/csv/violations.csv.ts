import type { ViolationModel } from '../../compliance/dtos/violation.model';
import { csvLine } from './csv-writer';

export const VIOLATIONS_CSV_HEADER = csvLine([
  'id',
  'occurredAt',
  'detectedAt',
  'kind',
  'severity',
  'ruleVersion',
  'channel',
  'accountId',
  'accountName',
  'contactId',
  'messageId',
  'eventId',
  'campaignId',
  'templateName',
  'caseState',
  'assigneeUserId',
  'caseUpdatedAt',
  'retractedAt',
  'evidence',
]);

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/** One violation as a CSV record; evidence as JSON (its `snippet` already removed for roles without text). */
export function violationCsvLine(v: ViolationModel): string {
  return csvLine([
    v.id,
    iso(v.occurredAt),
    iso(v.detectedAt),
    v.kind,
    v.severity,
    v.ruleVersion,
    v.channel,
    v.accountId,
    v.accountName,
    v.contactId,
    v.messageId,
    v.eventId,
    v.campaignId,
    v.templateName,
    v.caseState,
    v.assigneeUserId,
    iso(v.caseUpdatedAt),
    iso(v.retractedAt),
    JSON.stringify(v.evidence),
  ]);
}
