import { createHash } from 'node:crypto';
import { inlineHashes } from './security-headers';
import { WebAppService } from './web-app.service';
import type { WebDistRepository } from './web-dist.repository';

const service = (html?: string) => {
  let reads = 0;
  const dist = {
    root: '/srv/web',
    indexModifiedAt: () => (html === undefined ? undefined : 1),
    readIndex: () => (reads++, html === undefined ? undefined : { html, mtimeMs: 1 }),
  } as unknown as WebDistRepository;
  return { web: new WebAppService(dist), reads: () => reads };
};

describe('WebAppService.route', () => {
  const { web } = service('<html></html>');

  it('leaves every API path and every non-GET request to the API', () => {
    for (const path of [
      '/graphql',
      '/v1/events',
      '/v1',
      '/webhooks/whatsapp',
      '/healthz',
      '/metrics',
      '/graphql/',
      '/v1/../v1/events',
    ]) {
      expect(web.route('GET', path)).toEqual({ kind: 'pass' });
    }
    expect(web.route('POST', '/overview')).toEqual({ kind: 'pass' });
  });

  it('answers client routes with index.html, hashed assets immutably and other files with revalidation', () => {
    expect(web.route('GET', '/')).toEqual({ kind: 'index' });
    expect(web.route('HEAD', '/settings/campaigns')).toEqual({ kind: 'index' });
    expect(web.route('GET', '/graphql-tips')).toEqual({ kind: 'index' });
    expect(web.route('GET', '/assets/index-Cd6Qs8-d.css')).toMatchObject({
      kind: 'file',
      relativePath: 'assets/index-Cd6Qs8-d.css',
      cacheControl: 'public, max-age=31536000, immutable',
    });
    expect(web.route('GET', '/favicon.svg')).toMatchObject({ kind: 'file', cacheControl: 'no-cache' });
  });

  it('never maps a request outside the build directory or to a dotfile', () => {
    for (const path of ['/.env', '/assets/.secret.js', '/%2e%2e/%2e%2e/etc/passwd.txt', '/a%00.js', '/%E0%A4%A.js']) {
      const route = web.route('GET', path);
      if (route.kind === 'file')
        expect(route.relativePath.startsWith('..') || route.relativePath.includes('/.')).toBe(false);
      else expect(route.kind).toBe('pass');
    }
  });
});

describe('index document', () => {
  it('lists the sha256 of inline scripts and styles in the CSP and nothing for external ones', () => {
    const inline = 'window.boot = 1;';
    const html = `<script>${inline}</script><script type="module" src="/assets/a.js"></script><style>body{margin:0}</style>`;
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(inlineHashes(html)).toEqual({ scripts: [hash(inline)], styles: [hash('body{margin:0}')] });
    const { web } = service(html);
    const csp = web.indexDocument()!.headers['Content-Security-Policy'];
    expect(csp).toContain(`script-src 'self' ${hash(inline)};`);
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('reads index.html once while it is unchanged, and reports a missing build', () => {
    const built = service('<html></html>');
    built.web.indexDocument();
    built.web.indexDocument();
    expect(built.reads()).toBe(1);
    expect(service(undefined).web.indexDocument()).toBeUndefined();
  });
});
