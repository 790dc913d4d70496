import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { missingBuildPage } from './missing-build-page';
import { securityHeaders } from './security-headers';
import { WebAppService } from './web-app.service';
import { WebDistRepository } from './web-dist.repository';

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/**
 * Serves the built dashboard at `/`. The handler is registered during module init, which Nest runs after it
 * has mounted every controller route, so API routes always win and the SPA fallback only sees the rest.
 */
@Module({ providers: [WebAppService, WebDistRepository] })
export class WebAppModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly web: WebAppService,
  ) {}

  onModuleInit(): void {
    this.adapterHost.httpAdapter.use((req: Request, res: Response, next: NextFunction) => this.handle(req, res, next));
  }

  private handle(req: Request, res: Response, next: NextFunction): void {
    const route = this.web.route(req.method, req.path);
    if (route.kind === 'pass') return next();
    if (route.kind === 'file') {
      res.sendFile(
        route.relativePath,
        {
          root: this.web.distDir,
          dotfiles: 'deny',
          cacheControl: false,
          headers: { ...securityHeaders(), 'Cache-Control': route.cacheControl },
        },
        (error?: Error & { status?: number; statusCode?: number }) => {
          if (!error) return;
          // A missing file is a plain 404 from Nest (never index.html: a stale asset URL must not get HTML).
          if ((error.status ?? error.statusCode) === 404) return next();
          next(error);
        },
      );
      return;
    }
    const doc = this.web.indexDocument();
    if (!doc) {
      res
        .status(503)
        .set({ ...securityHeaders(), 'Cache-Control': 'no-store', 'Content-Type': 'text/html; charset=utf-8' });
      res.send(missingBuildPage(this.web.distDir));
      return;
    }
    res.set({ ...doc.headers, ETag: doc.etag });
    if (matchesEtag(req.headers['if-none-match'], doc.etag)) {
      res.status(304).end();
      return;
    }
    res.status(200).send(doc.html);
  }
}
