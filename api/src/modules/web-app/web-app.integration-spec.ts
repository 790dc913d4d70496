import { createHash } from 'node:crypto';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../testing/test-app';

const INLINE = "window.__checkmarkBoot = 'theme';";
const INDEX = `<!doctype html><html><head><script>${INLINE}</script>
<script type="module" crossorigin src="/assets/index-4f9a1c.js"></script></head><body><div id="root" data-marker="spa-index"></div></body></html>`;
const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('web app served by the API (real app, real chDB + SQLite)', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let dist: string;
  let running: RunningTestApp;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${running.url}${path}`, { headers, redirect: 'manual' });

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    dist = join(dataDir, 'web-dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'index-4f9a1c.js'), 'console.log("dashboard");\n');
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dist, '.env'), 'SECRET=1');
    running = await startTestApp({ dataDir, warehouse, env: { WEB_DIST_DIR: dist } });
  });

  afterAll(async () => {
    await running?.close();
    await dropTestDatabase(warehouse);
    removeDataDir(dataDir);
  });

  it('serves index.html at / with a strict CSP that allows only its own hashed inline script, and no-cache', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('spa-index');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`script-src 'self' ${sha256(INLINE)}`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers client-side routes with index.html (SPA fallback) and revalidates with the ETag', async () => {
    const res = await get('/settings/campaigns?from=2026-01-01');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('spa-index');
    const again = await get('/overview', { 'if-none-match': res.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it('serves hashed assets with a year-long immutable cache and other files with no-cache', async () => {
    const asset = await get('/assets/index-4f9a1c.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await asset.text()).toContain('dashboard');
    const icon = await get('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('gives 404, never index.html, for missing assets, dotfiles and paths escaping the build directory', async () => {
    for (const path of ['/assets/index-old.js', '/.env', '/..%2fpackage.json', '/assets/..%2f..%2fpackage.json']) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(await res.text()).not.toContain('spa-index');
    }
  });

  it('never shadows the API: /healthz, /metrics, /v1, /webhooks and /graphql keep their own answers', async () => {
    const health = await get('/healthz');
    expect(health.headers.get('content-type')).toMatch(/json/);
    const metrics = await get('/metrics');
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('# HELP');
    const events = await fetch(`${running.url}/v1/events`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(events.status).toBe(401);
    for (const path of ['/v1/unknown', '/webhooks/unknown', '/graphql', '/healthz/extra', '/metrics/x']) {
      const res = await get(path, { accept: 'text/html' });
      expect(await res.text()).not.toContain('spa-index');
    }
  });

  it('picks up a rebuilt index.html without a restart', async () => {
    const rebuilt = INDEX.replace('spa-index', 'spa-index-v2');
    writeFileSync(join(dist, 'index.html'), rebuilt);
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dist, 'index.html'), later, later);
    expect(await (await get('/')).text()).toContain('spa-index-v2');
  });

  it('answers 503 with instructions at / and client routes when the web app is not built', async () => {
    const bareDir = tempDataDir();
    const bare = await startTestApp({
      dataDir: bareDir,
      warehouse,
      env: { WEB_DIST_DIR: join(dataDir, 'no-such-dist') },
    });
    try {
      for (const path of ['/', '/overview']) {
        const res = await fetch(`${bare.url}${path}`);
        expect(res.status).toBe(503);
        expect(res.headers.get('content-type')).toMatch(/^text\/html/);
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(await res.text()).toContain('npm run build --workspace web');
      }
      expect((await fetch(`${bare.url}/assets/index-4f9a1c.js`)).status).toBe(404);
      expect((await fetch(`${bare.url}/metrics`)).status).toBe(200);
    } finally {
      await bare.close();
      removeDataDir(bareDir);
    }
  });
});
