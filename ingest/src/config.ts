import { TOPICS } from '@checkmark/schemas';
import { z } from 'zod';
import type { LogLevel } from './logger';

const int = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

/** Environment variables of the Kafka-mode ingester; parsed once in main and injected from there. */
const envSchema = z
  .object({
    KAFKA_BROKERS: z
      .string({ required_error: 'KAFKA_BROKERS is required in Kafka mode' })
      .transform((value) =>
        value
          .split(',')
          .map((broker) => broker.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^[^\s:]+:\d+$/, 'expected host:port')).min(1)),
    KAFKA_CLIENT_ID: z.string().min(1).default('checkmark-ingest'),
    KAFKA_GROUP_ID: z.string().min(1).default('checkmark-ingest'),
    KAFKA_TOPIC: z.string().min(1).default(TOPICS.events),
    KAFKA_DLQ_TOPIC: z.string().min(1).default(TOPICS.deadLetters),
    KAFKA_SESSION_TIMEOUT_MS: int(30000, 6000),
    KAFKA_HEARTBEAT_INTERVAL_MS: int(3000, 100),
    KAFKA_REBALANCE_TIMEOUT_MS: int(60000, 1000),
    KAFKA_MAX_WAIT_MS: int(500, 10),
    KAFKA_MAX_BYTES_PER_PARTITION: int(4 * 1024 * 1024, 1024),
    // Several partitions in flight let one partition's parsing overlap another's ClickHouse insert (see docs/benchmarks.md).
    KAFKA_PARTITIONS_CONCURRENCY: int(4, 1),
    CLICKHOUSE_URL: optionalText.pipe(z.string().url().optional()),
    CLICKHOUSE_USER: optionalText,
    CLICKHOUSE_PASSWORD: optionalText,
    CLICKHOUSE_DATABASE: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an identifier')
      .default('checkmark'),
    DATA_DIR: optionalText,
    CHECKMARK_PSEUDONYM_KEY: z
      .string({ required_error: 'CHECKMARK_PSEUDONYM_KEY is required' })
      .refine((key) => Buffer.byteLength(key, 'utf8') >= 16, 'must be at least 16 bytes'),
    INGEST_BATCH_MAX_ROWS: int(50000, 1),
    INGEST_BATCH_MAX_BYTES: int(32 * 1024 * 1024, 1024),
    INGEST_BACKOFF_INITIAL_MS: int(200, 1),
    INGEST_BACKOFF_MAX_MS: int(30000, 1),
    INGEST_SHUTDOWN_TIMEOUT_MS: int(30000, 1000),
    METRICS_PORT: int(9464).pipe(z.number().max(65535)),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  })
  .refine((env) => env.CLICKHOUSE_URL !== undefined || env.DATA_DIR !== undefined, {
    message: 'set CLICKHOUSE_URL (server) or DATA_DIR (embedded chDB)',
    path: ['CLICKHOUSE_URL'],
  })
  .refine((env) => env.INGEST_BACKOFF_MAX_MS >= env.INGEST_BACKOFF_INITIAL_MS, {
    message: 'must be at least INGEST_BACKOFF_INITIAL_MS',
    path: ['INGEST_BACKOFF_MAX_MS'],
  })
  .refine((env) => env.KAFKA_HEARTBEAT_INTERVAL_MS < env.KAFKA_SESSION_TIMEOUT_MS, {
    message: 'must be lower than KAFKA_SESSION_TIMEOUT_MS',
    path: ['KAFKA_HEARTBEAT_INTERVAL_MS'],
  });

export interface KafkaConfig {
  brokers: string[];
  clientId: string;
  groupId: string;
  topic: string;
  deadLetterTopic: string;
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  rebalanceTimeoutMs: number;
  maxWaitMs: number;
  maxBytesPerPartition: number;
  /** Partitions processed at the same time by one ingester (each with its own inserts). */
  partitionsConcurrency?: number;
}

export interface WarehouseConfig {
  url?: string;
  username?: string;
  password?: string;
  database: string;
  /** Embedded chDB data lives in `<dataDir>/clickhouse`; used only when no url is set. */
  dataDir?: string;
}

export interface BackoffConfig {
  initialMs: number;
  maxMs: number;
}

export interface IngestConfig {
  kafka: KafkaConfig;
  warehouse: WarehouseConfig;
  pseudonymKey: string;
  batch: { maxRows: number; maxBytes: number };
  backoff: BackoffConfig;
  metricsPort: number;
  shutdownTimeoutMs: number;
  logLevel: LogLevel;
}

export class ConfigError extends Error {
  readonly code = 'INVALID_CONFIG';

  constructor(readonly issues: { variable: string; message: string }[]) {
    // Only variable names and rule messages: values (the pseudonymisation key above all) never reach logs.
    super(`invalid configuration: ${issues.map((issue) => `${issue.variable}: ${issue.message}`).join('; ')}`);
    this.name = 'ConfigError';
  }
}

export function loadIngestConfig(env: NodeJS.ProcessEnv): IngestConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? 'env'), message: issue.message })),
    );
  }
  const e = parsed.data;
  return {
    kafka: {
      brokers: e.KAFKA_BROKERS,
      clientId: e.KAFKA_CLIENT_ID,
      groupId: e.KAFKA_GROUP_ID,
      topic: e.KAFKA_TOPIC,
      deadLetterTopic: e.KAFKA_DLQ_TOPIC,
      sessionTimeoutMs: e.KAFKA_SESSION_TIMEOUT_MS,
      heartbeatIntervalMs: e.KAFKA_HEARTBEAT_INTERVAL_MS,
      rebalanceTimeoutMs: e.KAFKA_REBALANCE_TIMEOUT_MS,
      maxWaitMs: e.KAFKA_MAX_WAIT_MS,
      maxBytesPerPartition: e.KAFKA_MAX_BYTES_PER_PARTITION,
      partitionsConcurrency: e.KAFKA_PARTITIONS_CONCURRENCY,
    },
    warehouse: {
      url: e.CLICKHOUSE_URL,
      username: e.CLICKHOUSE_USER,
      password: e.CLICKHOUSE_PASSWORD,
      database: e.CLICKHOUSE_DATABASE,
      dataDir: e.DATA_DIR,
    },
    pseudonymKey: e.CHECKMARK_PSEUDONYM_KEY,
    batch: { maxRows: e.INGEST_BATCH_MAX_ROWS, maxBytes: e.INGEST_BATCH_MAX_BYTES },
    backoff: { initialMs: e.INGEST_BACKOFF_INITIAL_MS, maxMs: e.INGEST_BACKOFF_MAX_MS },
    metricsPort: e.METRICS_PORT,
    shutdownTimeoutMs: e.INGEST_SHUTDOWN_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
  };
}
