import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { describeError, type Logger } from './logger';

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

export interface MetricsServerOptions {
  port: number;
  registry: Registry;
  /** Resolves true when the ingester can do its job (consumer in the group, ClickHouse answering). */
  healthy: () => Promise<boolean>;
  logger: Logger;
}

/** `/metrics` (Prometheus text format) and `/healthz` (200 or 503) on plain node:http. */
export async function startMetricsServer({
  port,
  registry,
  healthy,
  logger,
}: MetricsServerOptions): Promise<MetricsServer> {
  const respond = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/metrics') {
      const body = await registry.metrics();
      response.writeHead(200, { 'content-type': registry.contentType }).end(body);
    } else if (path === '/healthz') {
      const ok = await healthy().catch(() => false);
      response
        .writeHead(ok ? 200 : 503, { 'content-type': 'application/json' })
        .end(JSON.stringify({ status: ok ? 'ok' : 'unavailable' }));
    } else {
      response.writeHead(404).end();
    }
  };
  const server = createServer((request, response) => {
    respond(request, response).catch((error: unknown) => {
      logger.error('metrics endpoint failed', { path: request.url, ...describeError(error) });
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
