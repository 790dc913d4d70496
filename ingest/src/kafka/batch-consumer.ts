import type { Consumer, EachBatchPayload } from 'kafkajs';
import type { KafkaConfig } from '../config';
import { describeError, type Logger } from '../logger';
import type { IngestMetrics } from '../metrics';
import type { BatchControl, PartitionBatch } from './partition-batch-handler';

export interface BatchHandler {
  handle(batch: PartitionBatch, control: BatchControl): Promise<void>;
}

/** How often resolved offsets are committed in the middle of a long batch (KafkaJS also commits after each batch). */
const COMMIT_INTERVAL_MS = 1000;

/**
 * The only place that knows KafkaJS's consumer: joins the group on the events topic and hands each
 * partition batch to the handler with auto-resolve off, so only offsets the handler resolved get committed.
 */
export class BatchConsumer {
  private member = false;
  private crashed: Error | undefined;

  constructor(
    private readonly consumer: Consumer,
    private readonly config: KafkaConfig,
    private readonly handler: BatchHandler,
    metrics: IngestMetrics,
    logger: Logger,
    /** Called when KafkaJS gives up on the consumer and will not restart it. */
    onFatal: (error: Error) => void,
  ) {
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      this.member = true;
      // Partitions this member lost must not keep reporting lag.
      metrics.lag.reset();
      logger.info('joined consumer group', { groupId: payload.groupId, assignment: payload.memberAssignment });
    });
    consumer.on(consumer.events.STOP, () => {
      this.member = false;
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.member = false;
      logger.error('consumer crashed', { restart: payload.restart, ...describeError(payload.error) });
      if (!payload.restart) {
        this.crashed = payload.error;
        onFatal(payload.error);
      }
    });
  }

  /** True while this process is a member of the group and consuming. */
  isRunning(): boolean {
    return this.member && this.crashed === undefined;
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    // A new group starts at the earliest offset: events produced before the first ingester started are kept.
    await this.consumer.subscribe({ topics: [this.config.topic], fromBeginning: true });
    await this.consumer.run({
      eachBatchAutoResolve: false,
      autoCommit: true,
      autoCommitInterval: COMMIT_INTERVAL_MS,
      partitionsConsumedConcurrently: this.config.partitionsConcurrency ?? 1,
      eachBatch: (payload) => this.eachBatch(payload),
    });
  }

  /** Stops fetching, waits for the in-flight batch (which commits what it stored), then leaves the group. */
  async stop(): Promise<void> {
    await this.consumer.stop();
    await this.consumer.disconnect();
    this.member = false;
  }

  private async eachBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    await this.handler.handle(
      {
        topic: batch.topic,
        partition: batch.partition,
        highWatermark: batch.highWatermark,
        records: batch.messages.map((message) => ({ offset: message.offset, key: message.key, value: message.value })),
      },
      {
        resolveOffset: (offset) => payload.resolveOffset(offset),
        heartbeat: () => payload.heartbeat(),
        commit: async () => {
          await payload.commitOffsetsIfNecessary();
        },
        isActive: () => payload.isRunning() && !payload.isStale(),
        pause: () => payload.pause(),
      },
    );
  }
}
