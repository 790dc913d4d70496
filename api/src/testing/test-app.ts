import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ClickHouseClient } from '@clickhouse/client';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../app.factory';
import type { Clock } from '../common/clock/clock';
import { loadConfig } from '../common/config/app-config';
import {
  dropTestPostgresDatabaseSync,
  ensureTestPostgresDatabase,
  testPostgresAdminUrl,
} from './postgres-test-database';

/** The first admin every test app creates (unless the test's env names another). */
export const TEST_ADMIN = { email: 'admin@checkmark.local', password: 'test-admin-password' } as const;

export interface RunningTestApp {
  app: NestExpressApplication;
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

/** A temporary DATA_DIR for one test file; remove it with `removeDataDir` in afterAll. */
export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'checkmark-api-'));
}

/** Removes the DATA_DIR, and its PostgreSQL database when the suite runs on PostgreSQL. */
export function removeDataDir(dir: string): void {
  const adminUrl = testPostgresAdminUrl();
  if (adminUrl) dropTestPostgresDatabaseSync(adminUrl, dir);
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Starts the real application on an ephemeral loopback port with the given environment, a DATA_DIR of the
 * test's own (SQLite lives there — or, with CHECKMARK_TEST_POSTGRES_URL, a PostgreSQL database of that
 * DATA_DIR's own) and the test's warehouse client (one chDB data directory per process). `clock` replaces the
 * wall clock, so tests move time instead of sleeping.
 */
export async function startTestApp(options: {
  dataDir: string;
  env?: Record<string, string>;
  warehouse: { client: ClickHouseClient; database: string };
  clock?: Clock;
}): Promise<RunningTestApp> {
  const adminUrl = testPostgresAdminUrl();
  const database =
    adminUrl && !options.env?.DATABASE_URL
      ? { DATABASE_URL: await ensureTestPostgresDatabase(adminUrl, options.dataDir) }
      : {};
  const config = loadConfig({
    CHECKMARK_ADMIN_EMAIL: TEST_ADMIN.email,
    CHECKMARK_ADMIN_PASSWORD: TEST_ADMIN.password,
    // Alerts evaluate only when a test asks (evaluateAlertsNow), never on a timer behind its back.
    CHECKMARK_ALERT_EVALUATION_INTERVAL_SECONDS: '0',
    // Compliance detection likewise runs only when a test asks (redetectViolations) or changes the rules.
    CHECKMARK_COMPLIANCE_DETECTION_INTERVAL_SECONDS: '0',
    ...options.env,
    ...database,
    DATA_DIR: options.dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
  });
  const app = await createApp(
    { config, warehouse: options.warehouse, clock: options.clock },
    { logLevels: ['error', 'warn'] },
  );
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, dataDir: options.dataDir, close: () => app.close() };
}
