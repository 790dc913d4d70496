// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient typings must travel with this file into every program that imports it (see chdb-connection.d.ts)
/// <reference path="./chdb-connection.d.ts" />
import { mkdirSync } from 'node:fs';
import { createClient, type ClickHouseClient } from '@clickhouse/client';
import type { createChdbConnection as CreateChdbConnection } from 'chdb/connection';
import { warehouseConfigSchema, type WarehouseConfig } from './warehouse-config';
import { WarehouseError } from './warehouse-error';

/**
 * Builds the one ClickHouse client type the app uses: `@clickhouse/client` over HTTP when `url` is set,
 * otherwise the same client over an in-process chDB engine bound to `dataDir`.
 *
 * The client is not bound to `config.database` (chDB ignores that setting), so every statement names its
 * tables with the database — that keeps SQL identical on both backends.
 */
export function createWarehouseClient(input: WarehouseConfig): ClickHouseClient {
  const parsed = warehouseConfigSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '/'}: ${i.message}`).join('; ');
    throw new WarehouseError('WAREHOUSE_CONFIG_INVALID', `invalid warehouse configuration: ${issues}`, false);
  }
  const config = parsed.data;
  const common = {
    // chDB's default differs from the server's; pin it so 64-bit numbers read the same on both (as strings).
    clickhouse_settings: { output_format_json_quote_64bit_integers: 1 as const, ...config.clickhouseSettings },
    request_timeout: config.requestTimeoutMs,
    application: 'checkmark',
  };
  if (config.url !== undefined) {
    return createClient({ ...common, url: config.url, username: config.username, password: config.password });
  }
  const connection = openChdb(config.dataDir!);
  const client = createClient({ ...common, connection });
  CHDB_CONNECTIONS.set(client, connection);
  return client;
}

type ChdbConnection = ReturnType<typeof CreateChdbConnection>;

// The client's own insert path hands chDB the body as a JS string appended to the SQL; the connection's raw
// insert passes a Buffer straight to the engine instead. Kept per client so callers keep one client type.
const CHDB_CONNECTIONS = new WeakMap<ClickHouseClient, ChdbConnection>();

/** The embedded engine behind a client made by `createWarehouseClient`, or undefined for a server client. */
export function chdbConnectionOf(client: ClickHouseClient): ChdbConnection | undefined {
  return CHDB_CONNECTIONS.get(client);
}

// Loaded on first use: the engine library adds about 145 MB of resident memory to any process that loads it,
// which a server deployment (ingester, API with CLICKHOUSE_URL) never needs.
function loadChdb(): typeof CreateChdbConnection {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous, deferred load on purpose (see above)
  return (require('chdb/connection') as { createChdbConnection: typeof CreateChdbConnection }).createChdbConnection;
}

function openChdb(dataDir: string) {
  if (dataDir !== ':memory:') mkdirSync(dataDir, { recursive: true });
  try {
    return loadChdb()({ path: dataDir });
  } catch (error) {
    // libchdb binds one data directory per process; a second, different one is refused.
    throw new WarehouseError(
      'WAREHOUSE_DATA_DIR_IN_USE',
      `cannot open chDB data directory ${dataDir}: ${error instanceof Error ? error.message : String(error)}`,
      false,
      undefined,
      { cause: error },
    );
  }
}
