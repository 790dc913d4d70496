import type { StoredViolation } from '../compliance/detection/violation-changes';
import { violationChanges } from '../compliance/detection/violation-changes';
import { claimOf } from '../compliance/detection/violation-detector';
import { CATALOG_SOURCE } from './catalog-violation.detector';

const RANGE = { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') };
const stored = (id: string, key: string, evidence: Record<string, unknown>): StoredViolation => ({
  id,
  key,
  kind: 'PROHIBITED_CONTENT',
  severity: 'high',
  ruleVersion: 'PROHIBITED_CONTENT@1',
  occurredAt: new Date('2026-03-05T00:00:00Z'),
  evidence,
  retractedAt: null,
  channel: 'whatsapp',
  accountId: '',
  contactId: '',
  messageId: null,
  eventId: null,
  campaignId: null,
  templateName: null,
});

describe('violation reconciliation per source', () => {
  const message = stored('1', 'PROHIBITED_CONTENT:m1', { category: 'weapons' });
  const catalog = stored('2', 'PROHIBITED_CONTENT:catalog:sku', { source: CATALOG_SOURCE, category: 'weapons' });

  it("retracts only the violations of the sources whose detector ran: catalog items are not the messages' detector's", () => {
    expect(violationChanges([message, catalog], [], RANGE, ['PROHIBITED_CONTENT']).retractions).toEqual(['1']);
    expect(
      violationChanges([message, catalog], [], RANGE, [claimOf('PROHIBITED_CONTENT', CATALOG_SOURCE)]).retractions,
    ).toEqual(['2']);
    expect(
      violationChanges([message, catalog], [], RANGE, [
        'PROHIBITED_CONTENT',
        claimOf('PROHIBITED_CONTENT', CATALOG_SOURCE),
      ]).retractions,
    ).toEqual(['1', '2']);
  });
});
