import type { ClickHouseClient } from '@clickhouse/client';
import { toWarehouseError } from './warehouse-error';

/** Runs one read with server-side `{name:Type}` parameters and returns its rows; failures become WarehouseError. */
export async function queryRows<T>(
  client: ClickHouseClient,
  query: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  try {
    const result = await client.query({ query, query_params: params, format: 'JSONEachRow' });
    return await result.json<T>();
  } catch (error) {
    throw toWarehouseError(error, 'WAREHOUSE_QUERY_FAILED');
  }
}

/** Runs one statement that returns no rows (DDL, OPTIMIZE, …). */
export async function runCommand(
  client: ClickHouseClient,
  query: string,
  params: Record<string, unknown> = {},
): Promise<void> {
  try {
    await client.command({ query, query_params: params });
  } catch (error) {
    throw toWarehouseError(error, 'WAREHOUSE_QUERY_FAILED');
  }
}
