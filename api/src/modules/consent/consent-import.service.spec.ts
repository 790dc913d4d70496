import { createPseudonymiser, processValue } from '@checkmark/schemas/pipeline';
import type { CanonicalEvent } from '@checkmark/schemas';
import type { RejectRecord } from '@checkmark/schemas/warehouse';
import type { AuditChange } from '../audit/audit.service';
import { ConsentImportTooLargeError } from './consent-import.parser';
import { ConsentImportService } from './consent-import.service';

const pseudonymiser = createPseudonymiser('unit-test-key-0123456789');
const actor = { tenantId: 't1', kind: 'user' as const, userId: 'u1', label: 'officer@shop.example' };
const NDJSON = [
  '{"contact":"+4915123","channel":"sms","purpose":"marketing","action":"opt_in","occurredAt":"2025-03-01T09:00:00Z","evidenceText":"Yes"}',
  '{"contact":"+4915123","channel":"sms","purpose":"marketing","action":"opt_in","occurredAt":"2025-03-01T09:00:00Z","proofRef":"' +
    'x'.repeat(1025) +
    '"}',
  '{"contact":"","channel":"sms"}',
].join('\n');

function service(limits = { eventsBytes: 100_000, eventsLines: 100 }) {
  const published: Array<{ events: CanonicalEvent[]; rejects: RejectRecord[] }> = [];
  const audited: AuditChange[] = [];
  const instance = new ConsentImportService(
    {
      prepare: (value, tenantId) => processValue(value, { pseudonymiser, tenantId }),
      publish: (events, rejects) => {
        published.push({ events, rejects });
        return Promise.resolve();
      },
    },
    pseudonymiser,
    {
      record: (_actor, change) => {
        audited.push(change);
        return Promise.resolve();
      },
    },
    { limits: { webhookBytes: 0, ...limits } },
  );
  return { instance, published, audited };
}

describe('ConsentImportService', () => {
  it('stores valid records pseudonymised, keeps rejects with their text, and audits counts only', async () => {
    const { instance, published, audited } = service();
    const result = await instance.import(actor, 'ndjson', NDJSON, false);
    expect(result).toMatchObject({ rows: 3, accepted: 1, rejected: 2, dryRun: false });
    expect(result.errors.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 2, field: 'proofRef', code: 'MAX_LENGTH' },
      { row: 3, field: 'contact', code: 'REQUIRED' },
      { row: 3, field: 'purpose', code: 'REQUIRED' },
      { row: 3, field: 'action', code: 'REQUIRED' },
      { row: 3, field: 'occurredAt', code: 'REQUIRED' },
    ]);
    expect(published).toHaveLength(1);
    const [event] = published[0].events;
    expect(event).toMatchObject({ tenantId: 't1', type: 'consent.updated', source: 'consent_import' });
    expect(event).toMatchObject({ contactId: pseudonymiser.contactId('t1', '+4915123') });
    expect(JSON.stringify(event)).not.toContain('4915123');
    expect(published[0].rejects.map((r) => [r.reason, r.raw])).toEqual([
      ['invalid_event', NDJSON.split('\n')[1]],
      ['invalid_record', '{"contact":"","channel":"sms"}'],
    ]);
    expect(audited).toEqual([
      {
        action: 'consent.import',
        entityType: 'consent_records',
        after: { format: 'ndjson', rows: 3, accepted: 1, rejected: 2 },
      },
    ]);
  });

  it('a dry run publishes and audits nothing', async () => {
    const { instance, published, audited } = service();
    expect(await instance.import(actor, 'ndjson', NDJSON, true)).toMatchObject({ accepted: 1, rejected: 2 });
    expect(published).toEqual([]);
    expect(audited).toEqual([]);
  });

  it('refuses content over the limit before reading it', async () => {
    const { instance, published } = service({ eventsBytes: 10, eventsLines: 100 });
    await expect(instance.import(actor, 'ndjson', NDJSON, false)).rejects.toThrow(ConsentImportTooLargeError);
    expect(published).toEqual([]);
  });
});
