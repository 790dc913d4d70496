import { toConsentEventValue } from './consent-record.mapper';

const pseudonym = (raw: string) => `p:${raw.replace(/\D/g, '')}`;
const record = {
  contact: '+49 151 2345',
  channel: 'WhatsApp',
  purpose: 'Marketing',
  action: 'Opt-In',
  occurredAt: '2025-03-01T10:00:00+01:00',
};

describe('toConsentEventValue', () => {
  it('builds a consent.updated with a deterministic id from the pseudonym, defaults and trimmed evidence', () => {
    const { value } = toConsentEventValue({ ...record, evidenceText: ' Yes ', formId: '' }, 1, pseudonym);
    expect(value).toMatchObject({
      type: 'consent.updated',
      channel: 'whatsapp',
      accountId: 'import',
      contactId: 'p:491512345',
      source: 'consent_import',
      payload: { action: 'opt_in', purpose: 'marketing', method: 'import', evidence: { text: 'Yes' } },
    });
    expect(value!.id).toMatch(/^consent:import:[A-Za-z0-9_-]{40}$/);
    // The same instant written in another offset, and other evidence: the same record, the same id.
    const again = toConsentEventValue(
      { ...record, occurredAt: '2025-03-01T09:00:00Z', evidenceText: 'changed' },
      7,
      pseudonym,
    );
    expect(again.value!.id).toBe(value!.id);
    expect(toConsentEventValue({ ...record, action: 'opt_out' }, 1, pseudonym).value!.id).not.toBe(value!.id);
  });

  it('reports every problem of a record with its field and code', () => {
    const { value, issues } = toConsentEventValue(
      { channel: 'fax', purpose: 'marketing', action: 'maybe', method: 'smoke', occurredAt: '2025-03-01 10:00' },
      4,
      pseudonym,
    );
    expect(value).toBeNull();
    expect(issues.map((i) => [i.row, i.field, i.code])).toEqual([
      [4, 'contact', 'REQUIRED'],
      [4, 'channel', 'INVALID_VALUE'],
      [4, 'action', 'INVALID_VALUE'],
      [4, 'method', 'INVALID_VALUE'],
      [4, 'occurredAt', 'INVALID_DATE'],
    ]);
  });
});
