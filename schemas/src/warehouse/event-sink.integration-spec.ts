import { createClient } from '@clickhouse/client';
import { createChdbConnection } from 'chdb/connection';
import { createWarehouseClient } from './warehouse-client';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { eventToRow } from './event-to-row';
import { EventSink } from './event-sink';
import type { RejectRecord } from './reject-record';
import { DEFAULT_SCOPE, at, messageReceived, oneOfEachType } from './testing/event-fixtures';
import type { WarehouseError } from './warehouse-error';

async function errorOf(run: Promise<unknown>): Promise<WarehouseError | undefined> {
  try {
    await run;
  } catch (error) {
    return error as WarehouseError;
  }
  return undefined;
}

describe('EventSink (real chDB)', () => {
  let wh: TestWarehouse;
  const tenantCount = async (table: string, tenant: string, final = '') =>
    Number(
      (
        await wh.query<{ n: string }>(
          `SELECT count() AS n FROM \`${wh.database}\`.${table} ${final} WHERE tenant_id = {tenant:String}`,
          { tenant },
        )
      )[0].n,
    );

  beforeAll(async () => {
    wh = await testWarehouse();
  });

  afterAll(async () => {
    await dropTestDatabase(wh);
  });

  it('stores every canonical type and reads back exactly what was mapped', async () => {
    const scope = { ...DEFAULT_SCOPE, tenantId: 'roundtrip' };
    const events = oneOfEachType(scope);
    await wh.sink.insertEvents(events);
    const rows = await wh.query<Record<string, unknown>>(
      `SELECT * EXCEPT (ingested_at) FROM \`${wh.database}\`.events FINAL WHERE tenant_id = {tenant:String} ORDER BY occurred_at`,
      { tenant: 'roundtrip' },
    );
    expect(
      rows.map((r) => ({ ...r, conversion_value: r.conversion_value === null ? null : Number(r.conversion_value) })),
    ).toEqual(events.map(eventToRow));
    for (const [i, row] of rows.entries()) expect(JSON.parse(row.payload as string)).toEqual(events[i].payload);
  });

  it("stores the contact's country in contact_country, '' where the event has none", async () => {
    const scope = { ...DEFAULT_SCOPE, tenantId: 'country' };
    await wh.sink.insertEvents([
      { ...messageReceived('c1', at(0), {}, scope), contactCountry: 'UA' },
      messageReceived('c2', at(1), {}, scope),
    ]);
    const rows = await wh.query<{ message_id: string; contact_country: string }>(
      `SELECT message_id, contact_country FROM \`${wh.database}\`.events FINAL WHERE tenant_id = {tenant:String} ORDER BY message_id`,
      { tenant: 'country' },
    );
    expect(rows).toEqual([
      { message_id: 'c1', contact_country: 'UA' },
      { message_id: 'c2', contact_country: '' },
    ]);
  });

  it('stores the same rows through the plain client path a ClickHouse server gets', async () => {
    // A client that createWarehouseClient did not build has no raw chDB insert, so the sink sends the body
    // as the INSERT's request body, as it does to a server (server runs test that path everywhere).
    const plain =
      wh.url === undefined ? createClient({ connection: createChdbConnection({ path: wh.dataDir! }) }) : wh.client;
    const scope = { ...DEFAULT_SCOPE, tenantId: 'plain_path' };

    const events = oneOfEachType(scope);
    await new EventSink(plain, { database: wh.database }).insertEvents(events, { dedupToken: 'plain-path' });
    if (plain !== wh.client) await plain.close();
    const rows = await wh.query<Record<string, unknown>>(
      `SELECT * EXCEPT (ingested_at) FROM \`${wh.database}\`.events FINAL WHERE tenant_id = {tenant:String} ORDER BY occurred_at`,
      { tenant: 'plain_path' },
    );
    expect(
      rows.map((r) => ({ ...r, conversion_value: r.conversion_value === null ? null : Number(r.conversion_value) })),
    ).toEqual(events.map(eventToRow));
  });

  it('collapses a replayed batch to one row per event id', async () => {
    const scope = { ...DEFAULT_SCOPE, tenantId: 'replay' };
    await wh.sink.insertEvents(oneOfEachType(scope));
    await wh.sink.insertEvents(oneOfEachType(scope));
    expect(await tenantCount('events', 'replay', 'FINAL')).toBe(11);
  });

  it('ignores a second insert with the same dedup token, and does not carry the token over to the next insert', async () => {
    const scope = { ...DEFAULT_SCOPE, tenantId: 'tokens' };
    const first = [messageReceived('m1', at(1), {}, scope)];
    const other = [messageReceived('m2', at(2), {}, scope)];
    await wh.sink.insertEvents(first, { dedupToken: 'events.v1:0:10-19' });
    // Same token, different content: a retried batch is recognised by its token alone.
    await wh.sink.insertEvents(other, { dedupToken: 'events.v1:0:10-19' });
    expect(await tenantCount('events', 'tokens')).toBe(1);
    await wh.sink.insertEvents(other);
    await wh.sink.insertEvents([messageReceived('m3', at(3), {}, scope)], { dedupToken: 'events.v1:0:20-29' });
    expect(await tenantCount('events', 'tokens')).toBe(3);
  });

  it('stores rejects with their original bytes exactly', async () => {
    const binary = Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22, 0xc3, 0x28, 0x0a, 0x0d]);
    const rejects: RejectRecord[] = [
      {
        tenantId: 'rejects',
        source: 'events.v1',
        step: 'parse',
        reason: 'malformed_json',
        detail: 'Unexpected token',
        raw: binary,
        key: 'rejects:c1',
        topic: 'events.v1',
        partition: 3,
        offset: '9007199254740993',
        receivedAt: new Date('2025-03-10T09:00:00.123Z'),
      },
      {
        tenantId: 'rejects',
        source: 'events_api',
        step: 'validate',
        reason: 'invalid_event',
        detail: '/type: enum',
        raw: '{"type":"nope","text":"Привет 👋"}',
        receivedAt: new Date('2025-03-10T09:00:01.000Z'),
      },
    ];
    await wh.sink.insertRejects(rejects, { dedupToken: 'r1' });
    await wh.sink.insertRejects(rejects, { dedupToken: 'r1' });
    const rows = await wh.query<Record<string, unknown>>(
      `SELECT tenant_id, received_at, source, step, reason, detail, hex(raw) AS raw_hex, key, topic, partition, offset
       FROM \`${wh.database}\`.ingest_rejects WHERE tenant_id = {tenant:String} ORDER BY received_at`,
      { tenant: 'rejects' },
    );
    expect(rows).toEqual([
      {
        tenant_id: 'rejects',
        received_at: '2025-03-10 09:00:00.123',
        source: 'events.v1',
        step: 'parse',
        reason: 'malformed_json',
        detail: 'Unexpected token',
        raw_hex: binary.toString('hex').toUpperCase(),
        key: 'rejects:c1',
        topic: 'events.v1',
        partition: 3,
        offset: '9007199254740993',
      },
      {
        tenant_id: 'rejects',
        received_at: '2025-03-10 09:00:01.000',
        source: 'events_api',
        step: 'validate',
        reason: 'invalid_event',
        detail: '/type: enum',
        raw_hex: Buffer.from(rejects[1].raw as string, 'utf8')
          .toString('hex')
          .toUpperCase(),
        key: null,
        topic: '',
        partition: null,
        offset: null,
      },
    ]);
  });

  it('does nothing for an empty batch', async () => {
    await expect(wh.sink.insertEvents([])).resolves.toBeUndefined();
    await expect(wh.sink.insertRejects([])).resolves.toBeUndefined();
  });

  it('surfaces ClickHouse errors as typed WarehouseError instead of swallowing them', async () => {
    const missing = new EventSink(wh.client, { database: 'no_such_database' });
    expect(await errorOf(missing.insertEvents(oneOfEachType()))).toMatchObject({
      name: 'WarehouseError',
      code: 'WAREHOUSE_INSERT_FAILED',
      retryable: false,
      clickhouseCode: '81',
    });
  });

  it('reports a closed connection as WAREHOUSE_UNAVAILABLE (retryable)', async () => {
    // A second client on the same chDB data directory; closing it leaves the shared one open.
    const client =
      wh.url === undefined
        ? createWarehouseClient({ dataDir: wh.dataDir!, database: wh.database })
        : createWarehouseClient({ url: wh.url, database: wh.database });
    await client.close();
    const sink = new EventSink(client, { database: wh.database });
    expect(await errorOf(sink.insertEvents(oneOfEachType()))).toMatchObject({
      code: 'WAREHOUSE_UNAVAILABLE',
      retryable: true,
    });
    expect(await tenantCount('events', 'roundtrip', 'FINAL')).toBe(11);
  });

  it('refuses an invalid configuration with a typed error', () => {
    let code: string | undefined;
    try {
      createWarehouseClient({ database: 'bad name' });
    } catch (error) {
      code = (error as WarehouseError).code;
    }
    expect(code).toBe('WAREHOUSE_CONFIG_INVALID');
  });
});
