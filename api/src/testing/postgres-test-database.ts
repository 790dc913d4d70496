import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { DataSource } from 'typeorm';

/**
 * Integration suites run on PostgreSQL when CHECKMARK_TEST_POSTGRES_URL names a server (an admin URL such as
 * postgres://checkmark:checkmark@127.0.0.1:5432/postgres). Each test DATA_DIR gets its own database, so a
 * restart on the same DATA_DIR finds its rows, and `removeDataDir` drops it.
 */
export function testPostgresAdminUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.CHECKMARK_TEST_POSTGRES_URL?.trim() || undefined;
}

/** A valid, deterministic database name for a data directory. */
export function testDatabaseName(dataDir: string): string {
  return `checkmark_test_${createHash('sha256').update(dataDir).digest('hex').slice(0, 20)}`;
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates the data directory's database unless it exists; returns its URL. */
export async function ensureTestPostgresDatabase(adminUrl: string, dataDir: string): Promise<string> {
  const name = testDatabaseName(dataDir);
  const admin = await new DataSource({ type: 'postgres', url: adminUrl }).initialize();
  try {
    const existing = await admin.query<unknown[]>('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    // The name is hex from our own hash, so it is safe as an identifier.
    if (existing.length === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.destroy();
  }
  return databaseUrl(adminUrl, name);
}

/**
 * Drops the data directory's database. Synchronous (a short child process) because `removeDataDir` is called
 * without awaiting in existing suites; FORCE ends connections a failed test left open.
 */
export function dropTestPostgresDatabaseSync(adminUrl: string, dataDir: string): void {
  const script = `
    const { Client } = require('pg');
    const client = new Client({ connectionString: process.env.ADMIN_URL });
    client.connect()
      .then(() => client.query('DROP DATABASE IF EXISTS "' + process.env.DB_NAME + '" WITH (FORCE)'))
      .then(() => client.end(), (error) => { console.error(error.message); process.exit(1); });
  `;
  execFileSync(process.execPath, ['-e', script], {
    env: { ...process.env, ADMIN_URL: adminUrl, DB_NAME: testDatabaseName(dataDir) },
    stdio: ['ignore', 'ignore', 'inherit'],
    cwd: __dirname,
  });
}
