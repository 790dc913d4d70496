import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Header, Headers, Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { AppError } from '../../common/errors/app-error';
import { ApiMetrics } from '../../metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Prometheus scrape endpoint; with METRICS_TOKEN set only a scraper holding it may read the counters. */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: ApiMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  render(@Headers('authorization') authorization?: string): Promise<string> {
    const token = this.config.metricsToken;
    if (token) {
      const given = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? '';
      // Equal-length digests keep the comparison constant-time whatever was sent.
      if (!timingSafeEqual(digest(given), digest(token)))
        throw new AppError('UNAUTHENTICATED', 'metrics need the scrape token');
    }
    return this.metrics.registry.metrics();
  }
}
