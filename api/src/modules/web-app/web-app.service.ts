import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { Injectable } from '@nestjs/common';
import { inlineHashes, securityHeaders } from './security-headers';
import { WebDistRepository } from './web-dist.repository';

/** Paths owned by the API; the dashboard never answers under them, whatever the method. */
export const API_PREFIXES = ['/graphql', '/v1', '/webhooks', '/healthz', '/metrics'] as const;

/** Vite puts content-hashed files here; their names change whenever their bytes do. */
const HASHED_ASSETS_DIR = '/assets/';

export type WebRoute =
  { kind: 'pass' } | { kind: 'index' } | { kind: 'file'; relativePath: string; cacheControl: string };

export interface IndexDocument {
  html: string;
  etag: string;
  headers: Record<string, string>;
}

/** Decides what the dashboard answers for a request; the bytes come from WebDistRepository. */
@Injectable()
export class WebAppService {
  private cached: (IndexDocument & { mtimeMs: number }) | undefined;

  constructor(private readonly dist: WebDistRepository) {}

  get distDir(): string {
    return this.dist.root;
  }

  route(method: string, rawPath: string): WebRoute {
    if (method !== 'GET' && method !== 'HEAD') return { kind: 'pass' };
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return { kind: 'pass' };
    }
    if (path.includes('\0') || !path.startsWith('/')) return { kind: 'pass' };
    const normal = posix.normalize(path);
    if (API_PREFIXES.some((p) => normal === p || normal.startsWith(`${p}/`))) return { kind: 'pass' };
    if (normal === '/' || normal === '/index.html') return { kind: 'index' };
    const last = normal.slice(normal.lastIndexOf('/') + 1);
    // A path without a file extension is a client-side route of the single-page app.
    if (!last.includes('.')) return { kind: 'index' };
    const relativePath = normal.slice(1);
    if (relativePath.split('/').some((segment) => segment === '..' || segment.startsWith('.'))) return { kind: 'pass' };
    const cacheControl = normal.startsWith(HASHED_ASSETS_DIR) ? 'public, max-age=31536000, immutable' : 'no-cache';
    return { kind: 'file', relativePath, cacheControl };
  }

  /** The current index.html with its headers (CSP lists the hashes of its inline code); undefined when not built. */
  indexDocument(): IndexDocument | undefined {
    const mtimeMs = this.dist.indexModifiedAt();
    if (mtimeMs === undefined) return undefined;
    if (this.cached?.mtimeMs === mtimeMs) return this.cached;
    const file = this.dist.readIndex();
    if (!file) return undefined;
    const etag = `"${createHash('sha256').update(file.html).digest('base64url').slice(0, 27)}"`;
    this.cached = {
      mtimeMs: file.mtimeMs,
      html: file.html,
      etag,
      headers: {
        ...securityHeaders(inlineHashes(file.html)),
        'Cache-Control': 'no-cache',
        'Content-Type': 'text/html; charset=utf-8',
      },
    };
    return this.cached;
  }
}
