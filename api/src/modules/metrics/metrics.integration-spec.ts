import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../testing/test-app';

const TOKEN = 'scrape-token-0123456789';

describe('GET /metrics with METRICS_TOKEN (real app, real chDB + SQLite)', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;
  const scrape = (authorization?: string) =>
    fetch(`${running.url}/metrics`, { headers: authorization ? { authorization } : {} });

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({ dataDir, warehouse, env: { METRICS_TOKEN: TOKEN } });
  });

  afterAll(async () => {
    await running?.close();
    await dropTestDatabase(warehouse);
    removeDataDir(dataDir);
  });

  it('refuses a scrape without the token or with a wrong one, and says nothing about the counters', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token', `Bearer ${TOKEN}x`, TOKEN]) {
      const res = await scrape(authorization);
      expect(res.status).toBe(401);
      const body = (await res.json()) as { error: { code: string } };
      expect(body.error.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(body)).not.toContain('checkmark_');
    }
  });

  it('serves the Prometheus text to a scraper holding the token', async () => {
    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(await res.text()).toMatch(/^# HELP checkmark_/m);
  });
});
