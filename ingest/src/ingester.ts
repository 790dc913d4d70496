import { createPseudonymiser } from '@checkmark/schemas/pipeline';
import { Partitioners, type Kafka, type Producer } from 'kafkajs';
import type { IngestConfig } from './config';
import { systemClock, type Clock } from './clock';
import { Backoff } from './kafka/backoff';
import { BatchConsumer } from './kafka/batch-consumer';
import { KafkaDeadLetterPublisher } from './kafka/kafka-dead-letter-publisher';
import { memoisePseudonymiser } from './kafka/memoised-pseudonymiser';
import { PartitionBatchHandler } from './kafka/partition-batch-handler';
import { describeError, type Logger } from './logger';
import type { IngestMetrics } from './metrics';
import type { EventBatchSink } from './sinks/event-batch-sink';

export interface IngesterDeps {
  config: Pick<IngestConfig, 'kafka' | 'pseudonymKey' | 'batch' | 'backoff'>;
  kafka: Kafka;
  sink: EventBatchSink;
  /** Resolves true when ClickHouse answers. */
  pingWarehouse: () => Promise<boolean>;
  metrics: IngestMetrics;
  logger: Logger;
  clock?: Clock;
  /** Called when the consumer died for good; the process should exit and be restarted. */
  onFatal?: (error: Error) => void;
}

/** Kafka mode: consumes `events.v1`, stores events in ClickHouse, dead-letters what the pipeline refuses. */
export class Ingester {
  private readonly producer: Producer;
  private readonly consumer: BatchConsumer;
  private stopping: Promise<void> | undefined;

  constructor(private readonly deps: IngesterDeps) {
    const { config, kafka, metrics, logger } = deps;
    const clock = deps.clock ?? systemClock;
    // The Java-compatible partitioner: a dead letter lands where any Kafka client would put its original key.
    this.producer = kafka.producer({
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    const handler = new PartitionBatchHandler({
      pipeline: { pseudonymiser: memoisePseudonymiser(createPseudonymiser(config.pseudonymKey)) },
      sink: deps.sink,
      deadLetters: new KafkaDeadLetterPublisher(this.producer, config.kafka.deadLetterTopic),
      metrics,
      backoff: new Backoff(config.backoff),
      clock,
      logger,
      limits: config.batch,
      heartbeatSliceMs: Math.max(100, Math.floor(config.kafka.heartbeatIntervalMs / 2)),
    });
    const consumer = kafka.consumer({
      groupId: config.kafka.groupId,
      sessionTimeout: config.kafka.sessionTimeoutMs,
      heartbeatInterval: config.kafka.heartbeatIntervalMs,
      rebalanceTimeout: config.kafka.rebalanceTimeoutMs,
      maxWaitTimeInMs: config.kafka.maxWaitMs,
      maxBytesPerPartition: config.kafka.maxBytesPerPartition,
      allowAutoTopicCreation: false,
    });
    this.consumer = new BatchConsumer(consumer, config.kafka, handler, metrics, logger, (error) =>
      deps.onFatal?.(error),
    );
  }

  async start(): Promise<void> {
    // The producer is connected first: a batch may need to dead-letter before its offsets can move.
    await this.producer.connect();
    await this.consumer.start();
    this.deps.logger.info('ingester started', {
      topic: this.deps.config.kafka.topic,
      groupId: this.deps.config.kafka.groupId,
    });
  }

  /** Graceful drain: stop fetching, let the in-flight chunk finish and commit, then disconnect. Idempotent. */
  stop(): Promise<void> {
    this.stopping ??= this.drain();
    return this.stopping;
  }

  async healthy(): Promise<boolean> {
    if (!this.consumer.isRunning()) return false;
    return this.deps.pingWarehouse();
  }

  private async drain(): Promise<void> {
    const { logger } = this.deps;
    logger.info('ingester draining');
    try {
      await this.consumer.stop();
    } finally {
      await this.producer
        .disconnect()
        .catch((error: unknown) => logger.warn('producer disconnect failed', describeError(error)));
    }
    logger.info('ingester stopped');
  }
}
