import { DataSource } from 'typeorm';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../testing/test-app';

const KEY = 'ck_bootstrap_0123456789abcdefghijklmnop';

const event = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  type: 'message.sent',
  occurredAt: '2025-03-10T09:00:00Z',
  channel: 'telegram',
  accountId: 'bot_shop',
  contactId: 'tg_4242',
  messageId: `m-${id}`,
  source: 'crm',
  schemaVersion: 1,
  payload: {
    sender: { kind: 'agent', agentId: 'agent_7' },
    isTemplate: false,
    contentType: 'text',
    text: 'Ваше замовлення в дорозі',
  },
  ...overrides,
});

describe('POST /v1/events (embedded: real chDB, real SQLite)', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;
  const start = () => startTestApp({ dataDir, warehouse, env: { CHECKMARK_BOOTSTRAP_API_KEY: KEY } });

  const send = (
    body: string,
    { key = KEY, type = 'application/x-ndjson' }: { key?: string | null; type?: string } = {},
  ) =>
    fetch(`${running.url}/v1/events`, {
      method: 'POST',
      headers: { 'content-type': type, ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body,
    });
  const storedIds = async () =>
    (await warehouse.query<{ id: string }>(`SELECT id FROM ${warehouse.database}.events FINAL ORDER BY id`)).map(
      (r) => r.id,
    );

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await start();
  });

  afterAll(async () => {
    await running?.close();
    await dropTestDatabase(warehouse);
    removeDataDir(dataDir);
  });

  it('refuses a missing or unknown API key with 401 and stores nothing', async () => {
    const line = JSON.stringify(event('unauth-1'));
    const missing = await send(line, { key: null });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect((await send(line, { key: 'ck_wrong' })).status).toBe(401);
    expect(await storedIds()).not.toContain('unauth-1');
  });

  it('stores valid lines, reports invalid ones by line, field and rule, and keeps them with their bytes', async () => {
    const invalid = JSON.stringify(event('bad-1', { channel: 'carrier-pigeon' }));
    const foreign = JSON.stringify(event('bad-2', { tenantId: 'another-tenant' }));
    const body = [JSON.stringify(event('ok-1')), invalid, '{"id": "half', foreign, JSON.stringify(event('ok-2'))].join(
      '\n',
    );
    const response = await send(body);
    expect(response.status).toBe(207);
    expect(await response.json()).toEqual({
      totals: { lines: 5, accepted: 2, rejected: 3, skipped: 0 },
      results: [
        { line: 1, status: 'accepted', id: 'ok-1' },
        { line: 2, status: 'rejected', errors: [expect.objectContaining({ path: '/channel', rule: 'enum' })] },
        { line: 3, status: 'rejected', errors: [expect.objectContaining({ rule: 'malformed_json' })] },
        {
          line: 4,
          status: 'rejected',
          errors: [expect.objectContaining({ path: '/tenantId', rule: 'tenant_mismatch' })],
        },
        { line: 5, status: 'accepted', id: 'ok-2' },
      ],
    });
    expect(await storedIds()).toEqual(expect.arrayContaining(['ok-1', 'ok-2']));
    expect(await storedIds()).not.toContain('bad-1');

    const rejects = await warehouse.query<{ reason: string; raw: string; source: string }>(
      `SELECT reason, raw, source FROM ${warehouse.database}.ingest_rejects ORDER BY reason, raw`,
    );
    expect(rejects).toEqual([
      { reason: 'invalid_event', raw: invalid, source: 'events_api' },
      { reason: 'invalid_event', raw: foreign, source: 'events_api' },
      { reason: 'malformed_json', raw: '{"id": "half', source: 'events_api' },
    ]);
  });

  it('takes a JSON array, with the tenant of the key on every event', async () => {
    const response = await send(JSON.stringify([event('arr-1'), event('arr-2')]), { type: 'application/json' });
    expect(response.status).toBe(200);
    const tenants = await warehouse.query<{ tenant_id: string }>(
      `SELECT DISTINCT tenant_id FROM ${warehouse.database}.events FINAL WHERE id IN ('arr-1', 'arr-2')`,
    );
    const [defaultTenant] = await running.app
      .get(DataSource)
      .query<{ id: string }[]>(`SELECT id FROM tenants WHERE slug = 'default'`);
    expect(tenants).toEqual([{ tenant_id: defaultTenant.id }]);
  });

  it('answers an unreadable body with 400 and a code', async () => {
    const response = await send('[{"id":', { type: 'application/json' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'MALFORMED_JSON' } });
  });

  it('reports health of the database, warehouse and transport', async () => {
    const response = await fetch(`${running.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      checks: { database: 'ok', warehouse: 'ok', transport: 'ok' },
    });
  });

  it('keeps one bootstrap key and every row across a restart on the same DATA_DIR', async () => {
    const before = await storedIds();
    await running.close();
    running = await start();

    const keys = await running.app.get(DataSource).query<{ n: number }[]>(`SELECT count(*) AS n FROM api_keys`);
    expect(Number(keys[0].n)).toBe(1);
    const tenants = await running.app.get(DataSource).query<{ n: number }[]>(`SELECT count(*) AS n FROM tenants`);
    expect(Number(tenants[0].n)).toBe(1);

    expect((await send(JSON.stringify(event('after-restart')))).status).toBe(200);
    expect(await storedIds()).toEqual([...before, 'after-restart'].sort());
  });
});
