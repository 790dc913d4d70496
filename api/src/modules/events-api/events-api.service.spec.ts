import type { CanonicalEvent } from '@checkmark/schemas';
import { createPseudonymiser, isPseudonymous } from '@checkmark/schemas/pipeline';
import type { RejectRecord } from '@checkmark/schemas/warehouse';
import { ApiMetrics } from '../../metrics';
import type { EventTransport } from '../ingestion/event-transport';
import { IngestionService } from '../ingestion/ingestion.service';
import { EventsApiService } from './events-api.service';

class RecordingTransport implements EventTransport {
  readonly kind = 'embedded' as const;
  events: CanonicalEvent[] = [];
  rejects: RejectRecord[] = [];
  failWith?: Error;

  start = () => Promise.resolve();
  ping = () => Promise.resolve();
  close = () => Promise.resolve();
  publish(events: CanonicalEvent[], rejects: RejectRecord[]): Promise<void> {
    if (this.failWith) return Promise.reject(this.failWith);
    this.events.push(...events);
    this.rejects.push(...rejects);
    return Promise.resolve();
  }
}

const TENANT = 'tenant_from_key';

function event(overrides: Record<string, unknown> = {}) {
  return {
    id: 'ev-1',
    type: 'message.received',
    occurredAt: '2025-03-10T11:00:00+02:00',
    channel: 'whatsapp',
    accountId: 'phone_1',
    contactId: '+49 151 2345678',
    messageId: 'wamid.1',
    source: 'crm',
    schemaVersion: 1,
    payload: { contentType: 'text', text: 'hi' },
    ...overrides,
  };
}

function setup() {
  const transport = new RecordingTransport();
  const ingestion = new IngestionService(transport, createPseudonymiser('unit-test-master-key'), {
    shutdownTimeoutMs: 1000,
  });
  const service = new EventsApiService(ingestion, new ApiMetrics({ defaultMetrics: false }), {
    limits: { webhookBytes: 1e6, eventsBytes: 1e6, eventsLines: 100 },
  });
  return { transport, service };
}

const ndjson = (...values: unknown[]) =>
  Buffer.from(values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n'));

describe('EventsApiService', () => {
  it('stores events under the API key tenant, pseudonymised and normalised', async () => {
    const { transport, service } = setup();
    const response = await service.ingest(ndjson(event()), 'application/x-ndjson', TENANT);
    expect(response).toEqual({
      totals: { lines: 1, accepted: 1, rejected: 0, skipped: 0 },
      results: [{ line: 1, status: 'accepted', id: 'ev-1' }],
    });
    const [stored] = transport.events;
    expect(stored.tenantId).toBe(TENANT);
    expect(stored.occurredAt).toBe('2025-03-10T09:00:00.000Z');
    expect(isPseudonymous(String((stored as { contactId?: string }).contactId))).toBe(true);
  });

  it('accepts a body tenantId equal to the key tenant and rejects a different one as tenant_mismatch', async () => {
    const { transport, service } = setup();
    const response = await service.ingest(
      ndjson(event({ id: 'same', tenantId: TENANT }), event({ id: 'other', tenantId: 'someone_else' })),
      'application/x-ndjson',
      TENANT,
    );
    expect(response.results).toEqual([
      { line: 1, status: 'accepted', id: 'same' },
      {
        line: 2,
        status: 'rejected',
        errors: [expect.objectContaining({ path: '/tenantId', rule: 'tenant_mismatch' })],
      },
    ]);
    expect(transport.events.map((e) => e.tenantId)).toEqual([TENANT]);
    expect(transport.rejects).toEqual([
      expect.objectContaining({ tenantId: TENANT, source: 'events_api', reason: 'invalid_event', step: 'validate' }),
    ]);
  });

  it('reports invalid and malformed lines with line, field and rule, keeping their original bytes', async () => {
    const { transport, service } = setup();
    const body = ndjson(event(), '{"broken":', event({ id: 'bad', channel: 'pigeon' }));
    const response = await service.ingest(body, 'application/x-ndjson', TENANT);
    expect(response.totals).toEqual({ lines: 3, accepted: 1, rejected: 2, skipped: 0 });
    expect(response.results[1]).toEqual({
      line: 2,
      status: 'rejected',
      errors: [expect.objectContaining({ path: '/', rule: 'malformed_json' })],
    });
    expect(response.results[2]).toEqual({
      line: 3,
      status: 'rejected',
      errors: [expect.objectContaining({ path: '/channel', rule: 'enum' })],
    });
    expect(transport.rejects.map((r) => [r.reason, r.raw.toString()])).toEqual([
      ['malformed_json', '{"broken":'],
      ['invalid_event', JSON.stringify(event({ id: 'bad', channel: 'pigeon' }))],
    ]);
  });

  it('surfaces a storage failure as INGEST_UNAVAILABLE so the sender retries', async () => {
    const { transport, service } = setup();
    transport.failWith = new Error('clickhouse down');
    await expect(service.ingest(ndjson(event()), 'application/x-ndjson', TENANT)).rejects.toMatchObject({
      code: 'INGEST_UNAVAILABLE',
      status: 503,
    });
  });
});
