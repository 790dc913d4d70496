import { createPseudonymiser, isPseudonymous } from './pseudonymiser';
import { processRecord, processValue } from './process-record';

const pseudonymiser = createPseudonymiser('a-test-master-key-of-enough-length');
const event = {
  id: 'e1',
  type: 'message.sent',
  tenantId: 'body-tenant',
  occurredAt: '2026-03-29T03:30:00.5+02:00',
  channel: 'whatsapp',
  accountId: '1055',
  contactId: '+49 151 1234 5678',
  source: 'events_api',
  schemaVersion: 1,
  payload: {
    sender: { kind: 'campaign' },
    isTemplate: true,
    templateName: 'spring',
    templateCategory: 'MARKETING',
    contentType: 'template',
  },
};

const { contactId: _contact, ...withoutContact } = event;

describe('processRecord', () => {
  it('parses, validates and enriches: tenant from context, UTC ms time, pseudonymous contact, canonical enums', () => {
    const result = processRecord(Buffer.from(JSON.stringify(event)), { pseudonymiser, tenantId: 'auth-tenant' });
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok' || result.value.type !== 'message.sent') return;
    expect(result.value.tenantId).toBe('auth-tenant');
    expect(result.value.occurredAt).toBe('2026-03-29T01:30:00.500Z');
    expect(isPseudonymous(result.value.contactId)).toBe(true);
    expect(result.value.payload.templateCategory).toBe('marketing');
  });

  it('gives one key per person across phone spellings and different keys across tenants', () => {
    const a = pseudonymiser.contactId('t1', '+49 151 1234 5678');
    expect(pseudonymiser.contactId('t1', '4915112345678')).toBe(a);
    expect(pseudonymiser.contactId('t2', '4915112345678')).not.toBe(a);
    expect(pseudonymiser.contactId('t1', a)).toBe(a);
    expect(createPseudonymiser('another-master-key-of-length').contactId('t1', '4915112345678')).not.toBe(a);
  });

  it('keeps the raw contact out of ids built from it', () => {
    const result = processValue(
      { ...event, id: 'wa:pref:4915112345678:stop:1700000000', contactId: '4915112345678' },
      { pseudonymiser },
    );
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok' || !('contactId' in result.value)) return;
    expect(result.value.id).toBe(`wa:pref:${result.value.contactId}:stop:1700000000`);
    expect(result.value.id).not.toContain('4915112345678');
  });

  it("derives the contact's country from a phone-number id before pseudonymising it, once", () => {
    const first = processValue(event, { pseudonymiser });
    expect(first).toMatchObject({ kind: 'ok', value: { contactCountry: 'DE' } });
    if (first.kind !== 'ok') return;
    // The ingester runs the step again on what the edge receiver produced: same event.
    expect(processValue(first.value, { pseudonymiser })).toEqual(first);
  });

  it('keeps an explicit contactCountry and rejects one that is not an upper-case alpha-2 code', () => {
    expect(processValue({ ...event, contactCountry: 'AT' }, { pseudonymiser })).toMatchObject({
      kind: 'ok',
      value: { contactCountry: 'AT' },
    });
    for (const contactCountry of ['de', 'DEU', '']) {
      expect(processValue({ ...event, contactCountry }, { pseudonymiser })).toMatchObject({
        kind: 'dlq',
        reason: 'invalid_event',
        issues: [{ path: '/contactCountry' }],
      });
    }
  });

  it('leaves the country unknown for ids that are not phone numbers', () => {
    for (const [channel, contactId] of [
      ['telegram', '79161234567'],
      ['email', 'anna@example.com'],
      ['whatsapp', 'US.13491208655302741918'],
    ]) {
      const result = processValue({ ...event, channel, contactId }, { pseudonymiser });
      expect(result.kind).toBe('ok');
      if (result.kind === 'ok') expect(result.value).not.toHaveProperty('contactCountry');
    }
  });

  it('maps integer messaging limits and numeric error codes', () => {
    const quality = processValue(
      {
        ...withoutContact,
        type: 'account.quality_changed',
        payload: { scope: 'phone', messagingLimit: 100000, previousLimit: -1 },
      },
      { pseudonymiser },
    );
    expect(quality).toMatchObject({
      kind: 'ok',
      value: { payload: { messagingLimit: 'TIER_100K', previousLimit: 'TIER_UNLIMITED' } },
    });
    const status = processValue(
      { ...event, type: 'message.status', messageId: 'm', payload: { status: 'failed', errorCode: 131047 } },
      { pseudonymiser },
    );
    expect(status).toMatchObject({ kind: 'ok', value: { payload: { errorCode: '131047' } } });
  });

  it('routes bad records to the dead-letter path with step and reason', () => {
    expect(processRecord('{"id":', { pseudonymiser })).toMatchObject({
      kind: 'dlq',
      step: 'parse',
      reason: 'malformed_json',
    });
    expect(processRecord(JSON.stringify({ ...event, schemaVersion: 2 }), { pseudonymiser })).toMatchObject({
      kind: 'dlq',
      reason: 'unsupported_schema_version',
    });
    expect(processRecord(JSON.stringify({ ...event, channel: 'fax' }), { pseudonymiser })).toMatchObject({
      kind: 'dlq',
      step: 'validate',
      reason: 'invalid_event',
      issues: [{ path: '/channel', rule: 'enum' }],
    });
    expect(processRecord(Buffer.alloc(2 * 1024 * 1024, 32), { pseudonymiser })).toMatchObject({
      kind: 'dlq',
      reason: 'too_large',
    });
    expect(processRecord(null, { pseudonymiser })).toEqual({ kind: 'drop', reason: 'empty_record' });
  });
});
