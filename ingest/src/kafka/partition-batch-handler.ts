import type { CanonicalEvent } from '@checkmark/schemas';
import { processRecord, type PipelineContext } from '@checkmark/schemas/pipeline';
import type { Clock } from '../clock';
import { describeError, type Logger } from '../logger';
import type { IngestMetrics } from '../metrics';
import type { EventBatchSink } from '../sinks/event-batch-sink';
import type { Backoff } from './backoff';
import type { DeadLetter, DeadLetterPublisher } from './dead-letter';
import { dedupToken } from './dedup-token';

export interface SourceRecord {
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
}

/** Records fetched from one topic-partition, in offset order. */
export interface PartitionBatch {
  topic: string;
  partition: number;
  highWatermark: string;
  records: SourceRecord[];
}

/** What the consumer lets a batch handler do; a thin view over KafkaJS's eachBatch payload. */
export interface BatchControl {
  /** Marks every record up to and including `offset` as processed. */
  resolveOffset(offset: string): void;
  /** Keeps group membership alive; rejects when the group is rebalancing. */
  heartbeat(): Promise<void>;
  /** Commits resolved offsets when the commit interval has passed. */
  commit(): Promise<void>;
  /** False once the consumer is stopping or the partition was sought or revoked. */
  isActive(): boolean;
  /** Stops fetching this partition; returns the function that resumes it. */
  pause(): () => void;
}

export interface BatchLimits {
  maxRows: number;
  maxBytes: number;
}

export interface PartitionBatchHandlerDeps {
  pipeline: PipelineContext;
  sink: EventBatchSink;
  deadLetters: DeadLetterPublisher;
  metrics: IngestMetrics;
  backoff: Backoff;
  clock: Clock;
  logger: Logger;
  limits: BatchLimits;
  /** Longest sleep between heartbeats while waiting to retry; well under the session timeout. */
  heartbeatSliceMs: number;
}

interface Chunk {
  events: CanonicalEvent[];
  letters: DeadLetter[];
  drops: string[];
  token: string;
}

/**
 * Runs one partition's records through the pipeline and the sink, chunk by chunk (bounded rows and bytes).
 *
 * A chunk's offsets are resolved only after its dead letters are acknowledged by Kafka and its events are
 * inserted, so resolved offsets always form the contiguous processed prefix. When a write fails the
 * partition is paused and the same chunk is retried with bounded, jittered backoff, heartbeating meanwhile,
 * instead of throwing: a throw from eachBatch would make KafkaJS retry the whole fetch loop and, once its
 * retries are exhausted, crash and restart the consumer. Nothing is skipped: if the consumer stops or loses
 * the partition while waiting, the chunk stays unresolved and is delivered again (the dedup token and the
 * ReplacingMergeTree collapse repeats). Heartbeat errors (rebalance) propagate so KafkaJS can rejoin.
 */
export class PartitionBatchHandler {
  constructor(private readonly deps: PartitionBatchHandlerDeps) {}

  async handle(batch: PartitionBatch, control: BatchControl): Promise<void> {
    let start = 0;
    while (start < batch.records.length && control.isActive()) {
      const end = this.chunkEnd(batch.records, start);
      const stored = await this.processChunk(batch, batch.records.slice(start, end), control);
      if (!stored) return;
      start = end;
    }
  }

  private chunkEnd(records: SourceRecord[], start: number): number {
    const { maxRows, maxBytes } = this.deps.limits;
    let bytes = 0;
    let end = start;
    while (end < records.length && end - start < maxRows) {
      const size = records[end].value?.length ?? 0;
      if (end > start && bytes + size > maxBytes) break;
      bytes += size;
      end += 1;
    }
    return end;
  }

  private async processChunk(batch: PartitionBatch, records: SourceRecord[], control: BatchControl): Promise<boolean> {
    const { metrics, clock } = this.deps;
    const started = clock.now();
    const chunk = this.classify(batch, records);
    metrics.consumed.inc(records.length);
    if (!(await this.deliver(chunk, control))) return false;

    const last = records[records.length - 1].offset;
    control.resolveOffset(last);
    metrics.inserted.inc(chunk.events.length);
    if (chunk.events.length > 0) metrics.batchSize.observe(chunk.events.length);
    for (const letter of chunk.letters) metrics.rejected.inc({ reason: letter.reason, step: letter.step });
    for (const reason of chunk.drops) metrics.dropped.inc({ reason });
    metrics.lag.set({ topic: batch.topic, partition: String(batch.partition) }, lagAfter(batch.highWatermark, last));
    metrics.batchDuration.observe(clock.now() - started);

    await control.heartbeat();
    await control.commit();
    return true;
  }

  private classify(batch: PartitionBatch, records: SourceRecord[]): Chunk {
    const chunk: Chunk = {
      events: [],
      letters: [],
      drops: [],
      token: dedupToken(batch.topic, batch.partition, records[0].offset, records[records.length - 1].offset),
    };
    const time = new Date(this.deps.clock.now());
    for (const record of records) {
      const result = processRecord(record.value, this.deps.pipeline);
      if (result.kind === 'ok') chunk.events.push(result.value);
      else if (result.kind === 'drop') chunk.drops.push(result.reason);
      else {
        chunk.letters.push({
          key: record.key,
          value: record.value,
          reason: result.reason,
          step: result.step,
          detail: result.detail,
          topic: batch.topic,
          partition: batch.partition,
          offset: record.offset,
          time,
        });
      }
    }
    return chunk;
  }

  /** Dead letters first, then the insert; retried until both succeed or the consumer gives the chunk up. */
  private async deliver(chunk: Chunk, control: BatchControl): Promise<boolean> {
    const { sink, deadLetters, metrics, backoff, logger } = this.deps;
    let lettersSent = chunk.letters.length === 0;
    let resume: (() => void) | undefined;
    try {
      for (let attempt = 0; ; attempt += 1) {
        try {
          if (!lettersSent) {
            await deadLetters.publish(chunk.letters);
            lettersSent = true;
          }
          if (chunk.events.length > 0) await sink.insertEvents(chunk.events, { dedupToken: chunk.token });
          if (resume) logger.info('sink recovered, resuming', { dedupToken: chunk.token, attempts: attempt + 1 });
          return true;
        } catch (error) {
          (lettersSent ? metrics.insertFailures : metrics.deadLetterFailures).inc();
          if (!resume) {
            resume = control.pause();
            metrics.paused.inc();
          }
          const delayMs = backoff.delayMs(attempt);
          logger.warn(
            lettersSent ? 'insert failed, partition paused' : 'dead-letter produce failed, partition paused',
            {
              dedupToken: chunk.token,
              attempt: attempt + 1,
              retryInMs: delayMs,
              ...describeError(error),
            },
          );
          if (!(await this.waitWhileActive(delayMs, control))) {
            logger.warn('giving up chunk without resolving its offsets; it will be delivered again', {
              dedupToken: chunk.token,
            });
            return false;
          }
        }
      }
    } finally {
      if (resume) {
        resume();
        metrics.paused.dec();
      }
    }
  }

  private async waitWhileActive(delayMs: number, control: BatchControl): Promise<boolean> {
    const { clock, heartbeatSliceMs } = this.deps;
    const until = clock.now() + delayMs;
    while (control.isActive()) {
      const left = until - clock.now();
      if (left <= 0) return true;
      await clock.sleep(Math.min(left, heartbeatSliceMs));
      await control.heartbeat();
    }
    return false;
  }
}

function lagAfter(highWatermark: string, lastOffset: string): number {
  const lag = BigInt(highWatermark) - BigInt(lastOffset) - 1n;
  return lag > 0n ? Number(lag) : 0;
}
