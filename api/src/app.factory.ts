import type { LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, type AppModuleOptions } from './app.module';
import { rawBodyReader } from './common/http/raw-body';
import { CONSENT_RECORDS_PATH } from './modules/consent/consent-records.controller';
import { EVENTS_API_PATH } from './modules/events-api/events-api.controller';
import { WHATSAPP_WEBHOOK_PATH } from './modules/whatsapp/whatsapp.controller';

/**
 * Builds the HTTP application (not yet listening). Receivers get their body as raw bytes with their own size
 * limits, registered before Nest's JSON parser so the signature is checked over exactly what was sent; every
 * other route keeps the default parsers with `rawBody` available.
 */
export async function createApp(
  options: AppModuleOptions,
  { logLevels, logger }: { logLevels?: LogLevel[]; logger?: LoggerService } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    rawBody: true,
    ...(logger ? { logger } : logLevels ? { logger: logLevels } : {}),
    abortOnError: false,
  });
  const { limits } = options.config;
  app.use(WHATSAPP_WEBHOOK_PATH, rawBodyReader(limits.webhookBytes));
  app.use(EVENTS_API_PATH, rawBodyReader(limits.eventsBytes));
  app.use(CONSENT_RECORDS_PATH, rawBodyReader(limits.eventsBytes));
  app.disable('x-powered-by');
  // Behind a load balancer the socket address is the proxy's; only configured proxies may name the client.
  if (options.config.auth.trustProxy !== undefined) app.set('trust proxy', options.config.auth.trustProxy);
  return app;
}
