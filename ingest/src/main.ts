import { ConfigError, loadIngestConfig } from './config';
import { Ingester } from './ingester';
import { createKafka } from './kafka/create-kafka';
import { ensureTopics } from './kafka/ensure-topics';
import { createJsonLogger, describeError, type Logger } from './logger';
import { IngestMetrics } from './metrics';
import { startMetricsServer } from './metrics-server';
import { openIngestWarehouse } from './sinks/open-ingest-warehouse';

/** Kafka-mode ingester process: `node ingest/dist/main.js`. Exits 0 after a graceful drain on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadIngestConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    createJsonLogger().error('invalid configuration', { errorCode: error.code, issues: error.issues });
    process.exit(2);
  }
  const logger = createJsonLogger(config.logLevel);
  const metrics = new IngestMetrics();
  const warehouse = await openIngestWarehouse(config.warehouse);
  logger.info('warehouse ready', {
    database: warehouse.database,
    server: config.warehouse.url !== undefined,
    migrationsApplied: warehouse.applied,
  });

  const kafka = createKafka(config.kafka, logger, config.logLevel === 'debug');
  await ensureTopics(kafka, [config.kafka.topic, config.kafka.deadLetterTopic], logger);

  let shutdown: (reason: string, exitCode: number) => void = () => undefined;
  const ingester = new Ingester({
    config,
    kafka,
    sink: warehouse.sink,
    pingWarehouse: () => warehouse.ping(),
    metrics,
    logger,
    onFatal: () => shutdown('consumer failed for good', 1),
  });
  const server = await startMetricsServer({
    port: config.metricsPort,
    registry: metrics.registry,
    healthy: () => ingester.healthy(),
    logger,
  });
  logger.info('metrics listening', { port: server.port });

  let closing = false;
  shutdown = (reason, exitCode) => {
    if (closing) return;
    closing = true;
    logger.info('shutting down', { reason });
    // Bounded: a drain that cannot finish (e.g. a stuck broker) must not keep the process alive forever.
    setTimeout(() => {
      logger.error('drain did not finish in time; exiting', { timeoutMs: config.shutdownTimeoutMs });
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    closeAll(logger, [() => ingester.stop(), () => server.close(), () => warehouse.close()])
      .then((clean) => process.exit(clean ? exitCode : 1))
      .catch(() => process.exit(1));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM', 0));
  process.once('SIGINT', () => shutdown('SIGINT', 0));

  await ingester.start();
}

/** Runs every closer in order even if one fails; resolves false when any failed. */
async function closeAll(logger: Logger, closers: (() => Promise<void>)[]): Promise<boolean> {
  let clean = true;
  for (const close of closers) {
    try {
      await close();
    } catch (error) {
      clean = false;
      logger.error('shutdown step failed', describeError(error));
    }
  }
  return clean;
}

main().catch((error: unknown) => {
  createJsonLogger().error('ingester failed to start', describeError(error));
  process.exit(1);
});
