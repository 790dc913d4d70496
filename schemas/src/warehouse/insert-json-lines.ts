import { Readable } from 'node:stream';
import type { ClickHouseClient } from '@clickhouse/client';
import { chdbConnectionOf } from './warehouse-client';

/**
 * Inserts a prepared JSONEachRow body. On chDB the bytes go to the engine's raw insert (no copy into the SQL
 * text, settings in the statement's own SETTINGS clause so nothing stays on the session); on a server the body
 * is sent as the request body of the INSERT (`insert` would insist on row objects for JSON formats).
 * `table` is `database.table` with plain identifiers.
 */
export async function insertJsonLines(
  client: ClickHouseClient,
  table: string,
  body: Buffer,
  settings: Record<string, string | number>,
): Promise<void> {
  const chdb = chdbConnectionOf(client);
  if (chdb) {
    await chdb.chdb.rawInsert({ table, values: body, format: 'JSONEachRow', settings });
    return;
  }
  const result = await client.exec({
    query: `INSERT INTO ${table} FORMAT JSONEachRow`,
    values: Readable.from([body], { objectMode: false }),
    clickhouse_settings: settings,
  });
  result.stream.resume();
}
