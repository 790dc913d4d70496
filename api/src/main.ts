import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { loadConfig } from './common/config/app-config';
import { StartUpQuietLogger } from './common/logging/start-up-quiet.logger';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApp({ config }, { logger: new StartUpQuietLogger() });
  // Drain on SIGTERM/SIGINT, then exit 0 (by default Nest re-raises the signal, which reads as a crash).
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  await app.listen(config.port, config.host);
  const mode = config.kafka ? `Kafka (${config.kafka.brokers.join(',')})` : 'embedded';
  Logger.log(`Checkmark API listening on http://${config.host}:${config.port} — ingestion ${mode}`, 'Main');
}

main().catch((error: unknown) => {
  // Configuration errors name variables, never values; anything else is a start-up failure worth its stack.
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
