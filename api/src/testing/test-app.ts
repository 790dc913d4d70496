import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ClickHouseClient } from '@clickhouse/client';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../app.factory';
import { loadConfig } from '../common/config/app-config';

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

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Starts the real application on an ephemeral loopback port with the given environment, a DATA_DIR of the
 * test's own (SQLite lives there) and the test's warehouse client (one chDB data directory per process).
 */
export async function startTestApp(options: {
  dataDir: string;
  env?: Record<string, string>;
  warehouse: { client: ClickHouseClient; database: string };
}): Promise<RunningTestApp> {
  const config = loadConfig({ ...options.env, DATA_DIR: options.dataDir, HOST: '127.0.0.1', PORT: '0' });
  const app = await createApp({ config, warehouse: options.warehouse }, { logLevels: ['error', 'warn'] });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, dataDir: options.dataDir, close: () => app.close() };
}
