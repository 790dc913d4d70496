import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const WEBHOOK_OUTCOMES = [
  'ok',
  'bad_signature',
  'malformed',
  'invalid_payload',
  'too_large',
  'unavailable',
  'not_configured',
  'error',
] as const;
export type WebhookOutcome = (typeof WEBHOOK_OUTCOMES)[number];

export const EVENTS_API_OUTCOMES = ['ok', 'partial', 'malformed', 'too_large', 'unavailable', 'error'] as const;
export type EventsApiOutcome = (typeof EVENTS_API_OUTCOMES)[number];

/**
 * The API's Prometheus metrics, on a registry of its own so that several app instances (tests) can live in one
 * process. Names carry units; labels are bounded sets.
 */
export class ApiMetrics {
  readonly registry = new Registry();

  readonly webhookRequests = new Counter({
    name: 'checkmark_webhook_requests_total',
    help: 'Webhook and events API requests by receiver and outcome',
    labelNames: ['receiver', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly webhookSkipped = new Counter({
    name: 'checkmark_webhook_skipped_total',
    help: 'Parts of provider payloads that map to no canonical event (unsupported fields or kinds)',
    labelNames: ['receiver'] as const,
    registers: [this.registry],
  });

  readonly receivedEvents = new Counter({
    name: 'checkmark_receiver_events_total',
    help: 'Events received by receivers, accepted or rejected',
    labelNames: ['receiver', 'status'] as const,
    registers: [this.registry],
  });

  readonly alertFirings = new Counter({
    name: 'checkmark_alert_firings_total',
    help: 'Alert firings stored (new conditions found by rule evaluation), by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly alertDeliveryAttempts = new Counter({
    name: 'checkmark_alert_delivery_attempts_total',
    help: 'Alert delivery attempts by channel and result (delivered, retrying, failed = gave up)',
    labelNames: ['channel', 'result'] as const,
    registers: [this.registry],
  });

  readonly authFailures = new Counter({
    name: 'checkmark_api_key_auth_failures_total',
    help: 'Requests refused for a missing, unknown or revoked API key, or a role that may not do it',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly consumed = new Counter({
    name: 'checkmark_ingest_consumed_total',
    help: 'Events and rejects handed to the ingestion transport',
    registers: [this.registry],
  });

  readonly inserted = new Counter({
    name: 'checkmark_ingest_inserted_total',
    help: 'Events stored (inserted into ClickHouse, or acknowledged by Kafka)',
    registers: [this.registry],
  });

  readonly rejected = new Counter({
    name: 'checkmark_ingest_rejected_total',
    help: 'Records kept as rejects (ingest_rejects or the dead-letter topic), by reason',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  readonly batchSize = new Histogram({
    name: 'checkmark_ingest_batch_size',
    help: 'Rows per group-committed batch',
    buckets: [1, 10, 50, 100, 500, 1000, 5000, 10000, 50000],
    registers: [this.registry],
  });

  readonly batchDuration = new Histogram({
    name: 'checkmark_ingest_batch_duration_ms',
    help: 'Time to store one group-committed batch, in milliseconds',
    buckets: [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000],
    registers: [this.registry],
  });

  readonly batchFailures = new Counter({
    name: 'checkmark_ingest_batch_failures_total',
    help: 'Batches that could not be stored; their senders got 503 and retry',
    registers: [this.registry],
  });

  constructor({ defaultMetrics = true }: { defaultMetrics?: boolean } = {}) {
    if (defaultMetrics) collectDefaultMetrics({ register: this.registry });
  }
}
