import { DLQ_HEADERS } from '@checkmark/schemas';
import { isPseudonymous } from '@checkmark/schemas/pipeline';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { consumeAll, createTopic, kafkaBrokers, uniqueTopic } from '@checkmark/test/helpers/kafka';
import { signWhatsAppBody } from '../whatsapp/whatsapp-signature';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../testing/test-app';

const KEY = 'ck_kafka_mode_bootstrap_key_0123456789';
const SECRET = 'kafka-mode-app-secret';

describe('receivers in Kafka mode (real Kafka broker)', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;
  const eventsTopic = uniqueTopic('events.v1');
  const dlqTopic = uniqueTopic('events.v1.dlq');

  beforeAll(async () => {
    await createTopic(eventsTopic, 3);
    await createTopic(dlqTopic, 1);
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({
      dataDir,
      warehouse,
      env: {
        KAFKA_BROKERS: kafkaBrokers().join(','),
        KAFKA_EVENTS_TOPIC: eventsTopic,
        KAFKA_DLQ_TOPIC: dlqTopic,
        CHECKMARK_PSEUDONYM_KEY: 'kafka-mode-pseudonym-key-0123456789',
        CHECKMARK_BOOTSTRAP_API_KEY: KEY,
        WHATSAPP_APP_SECRET: SECRET,
        WHATSAPP_VERIFY_TOKEN: 'v',
      },
    });
  });

  afterAll(async () => {
    await running?.close();
    await dropTestDatabase(warehouse);
    removeDataDir(dataDir);
  });

  it('produces valid /v1/events lines keyed tenant:contact, pseudonymised, and invalid ones to the DLQ with headers', async () => {
    const valid = {
      id: 'kafka-1',
      type: 'message.received',
      occurredAt: '2025-03-10T09:00:00Z',
      channel: 'viber',
      accountId: 'viber_bot',
      contactId: 'viber-user-1',
      messageId: 'vm-1',
      source: 'crm',
      schemaVersion: 1,
      payload: { contentType: 'text', text: 'Olá' },
    };
    const invalid = JSON.stringify({ ...valid, id: 'kafka-2', type: 'message.teleported' });
    const response = await fetch(`${running.url}/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${KEY}` },
      body: `${JSON.stringify(valid)}\n${invalid}\n`,
    });
    expect(response.status).toBe(207);

    const [produced] = await consumeAll(eventsTopic, { expected: 1 });
    const stored = JSON.parse(produced.value!.toString('utf8')) as { tenantId: string; contactId: string; id: string };
    expect(stored.id).toBe('kafka-1');
    expect(isPseudonymous(stored.contactId)).toBe(true);
    expect(produced.key!.toString('utf8')).toBe(`${stored.tenantId}:${stored.contactId}`);

    const [dead] = await consumeAll(dlqTopic, { expected: 1 });
    expect(dead.value!.toString('utf8')).toBe(invalid);
    expect(dead.headers).toMatchObject({
      [DLQ_HEADERS.reason]: 'invalid_event',
      [DLQ_HEADERS.step]: 'validate',
      [DLQ_HEADERS.source]: 'events_api',
      [DLQ_HEADERS.tenantId]: stored.tenantId,
    });
    expect(Number.isNaN(Date.parse(String(dead.headers[DLQ_HEADERS.time])))).toBe(false);
  });

  it('acknowledges a signed webhook after its events are in Kafka', async () => {
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: 'WABA_K',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '15550001111', phone_number_id: 'PN_K' },
                statuses: [{ id: 'wamid.K', status: 'delivered', timestamp: '1741597310', recipient_id: '4915112345' }],
              },
            },
          ],
        },
      ],
    });
    const response = await fetch(`${running.url}/webhooks/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signWhatsAppBody(body, SECRET) },
      body,
    });
    expect(response.status).toBe(200);
    const messages = await consumeAll(eventsTopic, { expected: 2 });
    const status = messages
      .map((m) => JSON.parse(m.value!.toString('utf8')) as { messageId?: string; contactId: string })
      .find((e) => e.messageId === 'wamid.K');
    expect(status).toBeDefined();
    expect(isPseudonymous(status!.contactId)).toBe(true);
  });
});
