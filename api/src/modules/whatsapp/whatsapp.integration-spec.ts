import { DataSource } from 'typeorm';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../testing/test-app';
import { signWhatsAppBody } from './whatsapp-signature';

const SECRET = 'whatsapp-app-secret';
const VERIFY_TOKEN = 'verify-me';
const WABA = '102290129340398';
const PHONE_ID = '106540352242922';

/** Serialises like Meta does: non-ASCII escaped as \uXXXX, so the signed bytes differ from JSON.stringify's. */
function metaJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function messagesChange(value: Record<string, unknown>, phoneId = PHONE_ID, display = '15550783881') {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: WABA,
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: display, phone_number_id: phoneId },
              ...value,
            },
          },
        ],
      },
    ],
  };
}

const inbound = (wamid: string, text: string, phoneId?: string) =>
  messagesChange(
    {
      contacts: [{ profile: { name: 'Олена' }, wa_id: '380671234567' }],
      messages: [{ from: '380671234567', id: wamid, timestamp: '1741597200', type: 'text', text: { body: text } }],
    },
    phoneId,
  );

const statuses = (wamid: string, ...list: [status: string, ts: number][]) =>
  messagesChange({
    statuses: list.map(([status, ts]) => ({ id: wamid, status, timestamp: String(ts), recipient_id: '380671234567' })),
  });

describe('WhatsApp webhook receiver (embedded: real chDB, real SQLite)', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;

  const post = (body: string | Buffer, signature: string | undefined = signWhatsAppBody(body, SECRET)) =>
    fetch(`${running.url}/webhooks/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) },
      body,
    });
  const events = () =>
    warehouse.query<{
      id: string;
      type: string;
      status: string;
      occurred_at: string;
      text: string;
      tenant_id: string;
      contact_id: string;
    }>(
      `SELECT id, type, status, occurred_at, text, tenant_id, contact_id FROM ${warehouse.database}.events FINAL ORDER BY id`,
    );

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({
      dataDir,
      warehouse,
      env: { WHATSAPP_APP_SECRET: SECRET, WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN },
    });
  });

  afterAll(async () => {
    await running?.close();
    await dropTestDatabase(warehouse);
    removeDataDir(dataDir);
  });

  it('answers the verification handshake with the challenge as text/plain', async () => {
    const ok = await fetch(
      `${running.url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`,
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await ok.text()).toBe('1158201444');

    const wrong = await fetch(
      `${running.url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1`,
    );
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({ error: { code: 'VERIFICATION_FAILED', message: expect.any(String) } });
  });

  it('stores a signed non-ASCII delivery, pseudonymised, under the default tenant, and registers the number', async () => {
    const body = metaJson(inbound('wamid.UNICODE', 'Привет 😀 café'));
    expect(body).toContain('\\u041f');
    const response = await post(body);
    expect(response.status).toBe(200);

    const rows = (await events()).filter((e) => e.id.includes('wamid.UNICODE'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: 'message.received', text: 'Привет 😀 café' });
    expect(rows[0].contact_id).not.toContain('380671234567');

    const accounts = await running.app
      .get(DataSource)
      .query<{ external_id: string; waba_id: string; display_phone_number: string; slug: string; tenant_id: string }[]>(
        `SELECT a.external_id, a.waba_id, a.display_phone_number, a.tenant_id, t.slug
         FROM business_accounts a JOIN tenants t ON t.id = a.tenant_id WHERE a.channel = 'whatsapp'`,
      );
    expect(accounts).toEqual([
      expect.objectContaining({
        external_id: PHONE_ID,
        waba_id: WABA,
        display_phone_number: '15550783881',
        slug: 'default',
      }),
    ]);
    expect(rows[0].tenant_id).toBe(accounts[0].tenant_id);
  });

  it('refuses bad, missing and re-serialised signatures with 401 and stores nothing', async () => {
    const body = metaJson(inbound('wamid.FORGED', 'Ціна 💸'));
    const forged = await post(body, signWhatsAppBody(body, 'not-the-secret'));
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ error: { code: 'BAD_SIGNATURE' } });

    expect((await post(body, null as unknown as undefined)).status).toBe(401);
    const reserialised = JSON.stringify(JSON.parse(body));
    expect((await post(reserialised, signWhatsAppBody(body, SECRET))).status).toBe(401);

    expect((await events()).filter((e) => e.id.includes('wamid.FORGED'))).toEqual([]);
    const rejects = await warehouse.query(`SELECT count() AS n FROM ${warehouse.database}.ingest_rejects`);
    expect(rejects).toEqual([{ n: expect.anything() }]);
    expect(Number((rejects[0] as { n: string | number }).n)).toBe(0);
  });

  it('answers malformed JSON with 400 and bodies over 3 MB with 413', async () => {
    const malformed = await post('{"object":"whatsapp_business_account",');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: 'MALFORMED_JSON' } });

    const notWaba = await post(JSON.stringify({ object: 'page', entry: [] }));
    expect(notWaba.status).toBe(400);
    expect(await notWaba.json()).toMatchObject({ error: { code: 'WHATSAPP_PAYLOAD_INVALID' } });

    const huge = Buffer.alloc(3 * 1024 * 1024 + 10, 0x20);
    const tooLarge = await post(huge);
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('gives identical query results when deliveries repeat and arrive out of order', async () => {
    const deliveries = [
      metaJson(statuses('wamid.REPLAY', ['sent', 1741597300])),
      metaJson(statuses('wamid.REPLAY', ['delivered', 1741597310], ['read', 1741597400])),
      metaJson(inbound('wamid.REPLAY.IN', 'Дякую!')),
    ];
    for (const body of deliveries) expect((await post(body)).status).toBe(200);
    const first = await events();
    expect(
      first
        .filter((e) => e.id.includes('wamid.REPLAY'))
        .map((e) => e.status)
        .sort(),
    ).toEqual(['', 'delivered', 'read', 'sent']);

    for (const body of [...deliveries].reverse()) expect((await post(body)).status).toBe(200);
    for (const body of deliveries) expect((await post(body)).status).toBe(200);
    expect(await events()).toEqual(first);
  });

  it('counts every outcome in /metrics', async () => {
    const metrics = await (await fetch(`${running.url}/metrics`)).text();
    expect(metrics).toMatch(/checkmark_webhook_requests_total\{receiver="whatsapp",outcome="bad_signature"\} 3/);
    expect(metrics).toMatch(/checkmark_webhook_requests_total\{receiver="whatsapp",outcome="malformed"\} 1/);
    expect(metrics).toMatch(/checkmark_webhook_requests_total\{receiver="whatsapp",outcome="too_large"\} 1/);
    expect(metrics).toMatch(/checkmark_webhook_requests_total\{receiver="whatsapp",outcome="ok"\} 10/);
    expect(metrics).toMatch(/checkmark_ingest_inserted_total \d+/);
  });
});
