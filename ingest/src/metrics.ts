import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Every Prometheus metric of the ingester, on the one registry that `/metrics` serves. */
export class IngestMetrics {
  readonly registry = new Registry();
  readonly consumed: Counter;
  readonly inserted: Counter;
  readonly rejected: Counter<'reason' | 'step'>;
  readonly dropped: Counter<'reason'>;
  readonly batchSize: Histogram;
  readonly batchDuration: Histogram;
  readonly insertFailures: Counter;
  readonly deadLetterFailures: Counter;
  readonly paused: Gauge;
  readonly lag: Gauge<'topic' | 'partition'>;

  constructor({ processMetrics = true }: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    if (processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'checkmark_ingest_' });
    this.consumed = new Counter({
      name: 'checkmark_ingest_consumed_total',
      help: 'Kafka records read and run through the pipeline',
      registers,
    });
    this.inserted = new Counter({
      name: 'checkmark_ingest_inserted_total',
      help: 'Events inserted into ClickHouse',
      registers,
    });
    this.rejected = new Counter({
      name: 'checkmark_ingest_rejected_total',
      help: 'Records sent to the dead-letter topic, by reject reason and pipeline step',
      labelNames: ['reason', 'step'],
      registers,
    });
    this.dropped = new Counter({
      name: 'checkmark_ingest_dropped_total',
      help: 'Records the pipeline deliberately skipped (e.g. empty records), by reason',
      labelNames: ['reason'],
      registers,
    });
    this.batchSize = new Histogram({
      name: 'checkmark_ingest_batch_size',
      help: 'Rows per ClickHouse insert',
      buckets: [1, 10, 100, 500, 1000, 5000, 10000, 50000],
      registers,
    });
    this.batchDuration = new Histogram({
      name: 'checkmark_ingest_batch_duration_ms',
      help: 'Time from reading a chunk of records to resolving its offsets, retries included',
      buckets: [5, 25, 50, 100, 250, 500, 1000, 2500, 5000, 15000, 60000],
      registers,
    });
    this.insertFailures = new Counter({
      name: 'checkmark_ingest_insert_failures_total',
      help: 'Failed ClickHouse insert attempts (each is retried with backoff)',
      registers,
    });
    this.deadLetterFailures = new Counter({
      name: 'checkmark_ingest_dead_letter_failures_total',
      help: 'Failed attempts to produce dead letters (each is retried with backoff)',
      registers,
    });
    this.paused = new Gauge({
      name: 'checkmark_ingest_paused',
      help: 'Partitions whose consumption is paused until the sink recovers',
      registers,
    });
    this.lag = new Gauge({
      name: 'checkmark_ingest_lag',
      help: 'Records between the high watermark and the next offset to process, per assigned partition',
      labelNames: ['topic', 'partition'],
      registers,
    });
  }
}
