import type { ClickHouseClient } from '@clickhouse/client';
import { TABLES } from '../../tables';
import { toClickHouseDateTime } from '../datetime';
import { quoteIdentifier } from '../identifier';
import { queryRows } from '../query-rows';
import { toWarehouseError } from '../warehouse-error';
import { loadMigrations, type Migration } from './migration-files';
import { MigrationError } from './migration-error';
import { renderMigration } from './render-migration';
import { splitStatements } from './split-statements';

export interface MigrateOptions {
  database: string;
  cluster?: string;
  /** Defaults to the migrations shipped in ./migrations. */
  migrations?: Migration[];
}

interface AppliedRow {
  name: string;
  checksum: string;
}

/**
 * Creates the database if missing and applies pending migrations in order, recording each in
 * schema_migrations. Safe at every start and from several processes at once: every statement is written
 * with IF NOT EXISTS, so a migration interrupted half-way is simply re-run. Refuses to run when an applied
 * migration's file changed. Returns the names applied by this call.
 */
export async function migrate(client: ClickHouseClient, options: MigrateOptions): Promise<string[]> {
  const { database, cluster } = options;
  const migrations = options.migrations ?? loadMigrations();
  const db = quoteIdentifier(database);
  const onCluster = cluster === undefined ? '' : ` ON CLUSTER ${quoteIdentifier(cluster)}`;
  const table = `${db}.${TABLES.migrations}`;

  await execute(client, `CREATE DATABASE IF NOT EXISTS ${db}${onCluster}`, 'bootstrap');
  await execute(
    client,
    `CREATE TABLE IF NOT EXISTS ${table}${onCluster} (name String, checksum String, applied_at DateTime64(3, 'UTC'))
     ENGINE = ${cluster === undefined ? '' : 'Replicated'}ReplacingMergeTree ORDER BY name`,
    'bootstrap',
  );

  const applied = new Map(
    (await queryRows<AppliedRow>(client, `SELECT name, checksum FROM ${table} FINAL`)).map((r) => [r.name, r.checksum]),
  );
  for (const migration of migrations) {
    const recorded = applied.get(migration.name);
    if (recorded !== undefined && recorded !== migration.checksum) {
      throw new MigrationError(
        'MIGRATION_CHECKSUM_MISMATCH',
        `migration ${migration.name} was changed after it was applied (recorded ${recorded}, file ${migration.checksum}); add a new migration instead`,
        migration.name,
      );
    }
  }

  const appliedNow: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.name)) continue;
    const sql = renderMigration(migration.sql, { database, cluster }, migration.name);
    for (const statement of splitStatements(sql)) await execute(client, statement, migration.name);
    try {
      await client.insert({
        table,
        values: [{ name: migration.name, checksum: migration.checksum, applied_at: toClickHouseDateTime(new Date()) }],
        format: 'JSONEachRow',
      });
    } catch (error) {
      throw new MigrationError('MIGRATION_FAILED', `recording migration ${migration.name} failed`, migration.name, {
        cause: toWarehouseError(error, 'WAREHOUSE_INSERT_FAILED'),
      });
    }
    appliedNow.push(migration.name);
  }
  return appliedNow;
}

/** ClickHouse CANNOT_ASSIGN_ALTER: the table was swapped by a rollup rebuild while the ALTER ran. */
const CONCURRENT_SWAP = '517';
const SWAP_RETRIES = 5;

async function execute(client: ClickHouseClient, statement: string, migration: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.command({ query: statement });
      return;
    } catch (error) {
      const cause = toWarehouseError(error, 'WAREHOUSE_QUERY_FAILED');
      // A rebuild that swapped the table is over within moments; the same ALTER then succeeds.
      if (cause.clickhouseCode === CONCURRENT_SWAP && attempt < SWAP_RETRIES) {
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
        continue;
      }
      throw new MigrationError('MIGRATION_FAILED', `migration ${migration} failed: ${cause.message}`, migration, {
        cause,
      });
    }
  }
}
