import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClickHouseClient } from '@clickhouse/client';
import {
  createWarehouseClient,
  EventSink,
  migrate,
  queryRows,
  runCommand,
  quoteIdentifier,
} from '@checkmark/schemas/warehouse';
import { pauseRollupSchedules } from './rollups';

/**
 * Real ClickHouse for integration and e2e tests: in-process chDB by default, or the server at
 * CHECKMARK_TEST_CLICKHOUSE_URL. chDB binds one data directory per process, so every test file in a Jest
 * worker opens the same per-process directory (several connections to one path are fine; a second path is
 * refused) and isolates itself with a fresh database. Code under test that opens its own warehouse client
 * must be given `dataDir: testDataDir()`.
 */
export interface TestWarehouse {
  client: ClickHouseClient;
  database: string;
  /** The chDB data directory, or undefined against a server. */
  dataDir: string | undefined;
  url: string | undefined;
  sink: EventSink;
  query<T>(sql: string, params?: Record<string, unknown>): Promise<T[]>;
}

const DATA_DIR_PREFIX = 'checkmark-chdb-';

export function testDataDir(): string {
  return join(tmpdir(), `${DATA_DIR_PREFIX}${process.pid}`);
}

function serverUrl(): string | undefined {
  return process.env.CHECKMARK_TEST_CLICKHOUSE_URL || undefined;
}

let client: ClickHouseClient | undefined;

function sharedClient(): ClickHouseClient {
  if (client === undefined) {
    const url = serverUrl();
    if (url === undefined) removeDataDirsOfDeadWorkers();
    client = createWarehouseClient(
      url === undefined ? { dataDir: testDataDir(), database: 'default' } : { url, database: 'default' },
    );
  }
  return client;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Workers cannot clean up reliably on exit, so each new one removes the directories of finished ones.
function removeDataDirsOfDeadWorkers(): void {
  for (const entry of readdirSync(tmpdir())) {
    if (!entry.startsWith(DATA_DIR_PREFIX)) continue;
    const pid = Number(entry.slice(DATA_DIR_PREFIX.length));
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) {
      rmSync(join(tmpdir(), entry), { recursive: true, force: true });
    }
  }
}

/** A freshly created and migrated database of its own; rollups rebuild only when asked (test/helpers/rollups.ts). */
export async function testWarehouse(): Promise<TestWarehouse> {
  const shared = sharedClient();
  const database = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await migrate(shared, { database });
  await pauseRollupSchedules(shared, database);
  const url = serverUrl();
  return {
    client: shared,
    database,
    dataDir: url === undefined ? testDataDir() : undefined,
    url,
    sink: new EventSink(shared, { database }),
    query: <T>(sql: string, params: Record<string, unknown> = {}) => queryRows<T>(shared, sql, params),
  };
}

export async function dropTestDatabase(warehouse: Pick<TestWarehouse, 'client' | 'database'>): Promise<void> {
  await runCommand(warehouse.client, `DROP DATABASE IF EXISTS ${quoteIdentifier(warehouse.database)} SYNC`);
}
