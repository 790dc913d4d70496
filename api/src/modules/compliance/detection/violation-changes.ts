import type { ComplianceViolation } from '../compliance-violation.entity';
import { claimOfViolation, type DetectedViolation, type DetectionRange } from './violation-detector';

/** What a detection run changes in the store for one range and set of claims (kinds, per source). */
export interface ViolationChanges {
  inserts: DetectedViolation[];
  /** Stored violations found again whose details changed, or that were retracted (the update un-retracts them). */
  updates: Array<{ id: string; violation: DetectedViolation; unretract: boolean }>;
  /** Ids of stored, unretracted violations of the range and kinds that the run did not find. */
  retractions: string[];
}

export type StoredViolation = Pick<
  ComplianceViolation,
  | 'id'
  | 'key'
  | 'kind'
  | 'severity'
  | 'ruleVersion'
  | 'occurredAt'
  | 'evidence'
  | 'retractedAt'
  | 'channel'
  | 'accountId'
  | 'contactId'
  | 'messageId'
  | 'eventId'
  | 'campaignId'
  | 'templateName'
>;

/**
 * Compares a run's findings with what is stored: new keys are inserted; known keys are updated only when a detail
 * changed (rule version, severity, evidence, …) or they were retracted; stored violations of the run's claims
 * (`claimOf`: the kind, qualified by a source other than the events) that occurred in its range and were not found
 * again are retracted. `stored` must hold every stored violation of the range and kinds plus those with a found key (wherever
 * they occurred). Case columns are never touched.
 */
export function violationChanges(
  stored: readonly StoredViolation[],
  found: readonly DetectedViolation[],
  range: DetectionRange,
  claims: readonly string[],
): ViolationChanges {
  const byKey = new Map(stored.map((row) => [row.key, row]));
  const foundByKey = new Map(found.map((violation) => [violation.key, violation]));
  const changes: ViolationChanges = { inserts: [], updates: [], retractions: [] };
  for (const violation of foundByKey.values()) {
    const row = byKey.get(violation.key);
    if (row === undefined) changes.inserts.push(violation);
    else if (row.retractedAt !== null || differs(row, violation)) {
      changes.updates.push({ id: row.id, violation, unretract: row.retractedAt !== null });
    }
  }
  const claimSet = new Set(claims);
  for (const row of stored) {
    const inRange = row.occurredAt >= range.from && row.occurredAt < range.to;
    if (inRange && claimSet.has(claimOfViolation(row)) && row.retractedAt === null && !foundByKey.has(row.key)) {
      changes.retractions.push(row.id);
    }
  }
  return changes;
}

function differs(row: StoredViolation, violation: DetectedViolation): boolean {
  return (
    row.severity !== violation.severity ||
    row.ruleVersion !== violation.ruleVersion ||
    row.occurredAt.getTime() !== violation.occurredAt.getTime() ||
    row.channel !== violation.channel ||
    row.accountId !== violation.accountId ||
    row.contactId !== violation.contactId ||
    row.messageId !== violation.messageId ||
    row.eventId !== violation.eventId ||
    row.campaignId !== violation.campaignId ||
    row.templateName !== violation.templateName ||
    JSON.stringify(row.evidence) !== JSON.stringify(violation.evidence)
  );
}
