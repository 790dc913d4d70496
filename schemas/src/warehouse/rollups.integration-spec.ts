import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { quoteIdentifier } from './identifier';
import { refreshRollups, rollupsRefreshedAt, ROLLUP_VIEWS, setRollupSchedule } from './rollups';
import { DEFAULT_SCOPE, at, messageSent, messageStatus } from './testing/event-fixtures';

const SCOPE = { ...DEFAULT_SCOPE, tenantId: 'rollup_tenant' };

interface Row {
  bucket: string;
  sent: number;
  read: number;
  timed_reads: number;
  ttr_ms_sum: string;
  ttr_histogram: number[];
}

describe('engagement rollup (message_engagement, refreshed from message_facts_v)', () => {
  let warehouse: TestWarehouse;

  beforeAll(async () => {
    warehouse = await testWarehouse();
  });

  afterAll(async () => {
    await dropTestDatabase(warehouse);
  });

  const rows = () =>
    warehouse.query<Row>(
      `SELECT toString(bucket) AS bucket, sent, read, timed_reads, toString(ttr_ms_sum) AS ttr_ms_sum, ttr_histogram
FROM ${quoteIdentifier(warehouse.database)}.message_engagement WHERE tenant_id = {tenant:String} ORDER BY bucket`,
      { tenant: SCOPE.tenantId },
    );

  it('changes only when refreshed, and reports when it last was', async () => {
    const before = await rollupsRefreshedAt(warehouse.client, warehouse.database);
    expect(before).not.toBeNull();
    await warehouse.sink.insertEvents([
      messageSent('m1', at(0), {}, SCOPE),
      messageSent('m2', at(14 * 60 + 59), {}, SCOPE),
      messageSent('m3', at(15 * 60), {}, SCOPE),
      messageStatus('m1', 'read', at(90), {}, SCOPE),
    ]);
    expect(await rows()).toEqual([]);

    const started = Math.floor(Date.now() / 1000) * 1000;
    await refreshRollups(warehouse.client, warehouse.database);

    // 09:00:00 and 09:14:59 share the 09:00 bucket, 09:15:00 starts the next; m1 was read after 90 s (1–5 min).
    expect(await rows()).toEqual([
      {
        bucket: '2025-03-10 09:00:00',
        sent: 2,
        read: 1,
        timed_reads: 1,
        ttr_ms_sum: '90000',
        ttr_histogram: [0, 1, 0, 0, 0, 0],
      },
      {
        bucket: '2025-03-10 09:15:00',
        sent: 1,
        read: 0,
        timed_reads: 0,
        ttr_ms_sum: '0',
        ttr_histogram: [0, 0, 0, 0, 0, 0],
      },
    ]);
    expect((await rollupsRefreshedAt(warehouse.client, warehouse.database))!.getTime()).toBeGreaterThanOrEqual(started);
  });

  it('is null for a database without rollups', async () => {
    expect(await rollupsRefreshedAt(warehouse.client, 'no_such_database')).toBeNull();
  });
});

describe('rollup schedules', () => {
  let warehouse: TestWarehouse;

  beforeAll(async () => {
    warehouse = await testWarehouse();
  });

  afterAll(async () => {
    await dropTestDatabase(warehouse);
  });

  const clauses = async () =>
    (
      await warehouse.query<{ name: string; create_table_query: string }>(
        `SELECT name, create_table_query FROM system.tables WHERE database = {db:String} AND name IN {views:Array(String)}`,
        { db: warehouse.database, views: ROLLUP_VIEWS },
      )
    ).map((v) => /REFRESH EVERY \d+ \w+/.exec(v.create_table_query)?.[0]);

  it('switches every view between the 5-minute and the on-demand schedule, once', async () => {
    // testWarehouse() starts them on demand, as the embedded product runs them.
    expect(await setRollupSchedule(warehouse.client, warehouse.database, 'on-demand')).toBe(0);
    expect(await setRollupSchedule(warehouse.client, warehouse.database, 'periodic')).toBe(ROLLUP_VIEWS.length);
    expect(new Set(await clauses())).toEqual(new Set(['REFRESH EVERY 5 MINUTE']));
    expect(await setRollupSchedule(warehouse.client, warehouse.database, 'periodic')).toBe(0);
    expect(await setRollupSchedule(warehouse.client, warehouse.database, 'on-demand')).toBe(ROLLUP_VIEWS.length);
    expect(new Set(await clauses())).toEqual(new Set(['REFRESH EVERY 10 YEAR']));
    expect(await rollupsRefreshedAt(warehouse.client, warehouse.database)).not.toBeNull();
  });
});
