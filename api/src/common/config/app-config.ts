import { isAbsolute, join, resolve } from 'node:path';
import { TOPICS } from '@checkmark/schemas';
import { z } from 'zod';

/** The injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  warehouse: { url?: string; dataDir: string; database: string; username?: string; password?: string };
  /** Present → receivers produce to Kafka; absent → embedded ingestion in this process. */
  kafka?: { brokers: string[]; clientId: string; topics: { events: string; deadLetters: string } };
  whatsapp: { appSecret?: string; verifyToken?: string };
  bootstrapApiKey?: string;
  /** Set → GET /metrics requires `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** Absent in embedded mode → generated once into DATA_DIR/secrets.json. */
  pseudonymKey?: string;
  limits: { webhookBytes: number; eventsBytes: number; eventsLines: number };
  ingest: { maxBatchRows: number; maxBatchDelayMs: number };
  /** How long shutdown waits for in-flight ingestion before giving up. */
  shutdownTimeoutMs: number;
  /** The built dashboard (vite output) served at `/`. */
  webDistDir: string;
  auth: {
    sessionTtlHours: number;
    /** Always mark the session cookie Secure (behind a TLS-terminating proxy); HTTPS requests get it anyway. */
    cookieSecure: boolean;
    /**
     * Which proxies' X-Forwarded-For to believe for the client address (login rate limits key on it): Express's
     * `trust proxy` value — a hop count or a list of addresses/subnets such as `loopback, 10.0.0.0/8`. Unset: none.
     */
    trustProxy?: number | string[];
    loginRateLimit: { perAccountAndIp: number; perIp: number; windowMinutes: number };
  };
  graphql: { maxDepth: number; maxComplexity: number };
  /** First-start provisioning of the default tenant and its first admin. */
  setup: { tenantName: string; adminEmail: string; adminPassword?: string };
  alerts: AlertsConfig;
  /** How often compliance violations are detected for every tenant; 0 = only on demand (rule changes, redetect). */
  compliance: { detectionIntervalMs: number };
}

export interface AlertsConfig {
  /** How often rules are evaluated and due deliveries sent; 0 = only on demand (evaluateAlertsNow, rollup rebuilds). */
  evaluationIntervalMs: number;
  /** Let webhooks reach loopback and private addresses (tests, closed networks); off, they are refused (SSRF). */
  webhookAllowPrivate: boolean;
  webhookTimeoutMs: number;
  /** Attempts per delivery before it is marked FAILED. */
  deliveryMaxAttempts: number;
  /** Wait before the second attempt; each further wait is 4× the previous. */
  retryBaseMs: number;
  /** Present → rules with recipients e-mail their firings. The URL may hold SMTP credentials: never log it. */
  smtp?: { url: string; from: string };
}

const MB = 1024 * 1024;

// An empty variable means "not set": `FOO= npm start` must not configure an empty secret.
const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));
const secret = (min: number) =>
  optional.refine((v) => v === undefined || v.length >= min, `at least ${min} characters`);

const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: optional.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// URL'),
    CLICKHOUSE_URL: optional.refine((v) => v === undefined || /^https?:\/\//.test(v), 'must be an http(s):// URL'),
    CLICKHOUSE_DATABASE: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a plain identifier')
      .default('checkmark'),
    CLICKHOUSE_USER: optional,
    CLICKHOUSE_PASSWORD: optional,
    KAFKA_BROKERS: optional,
    KAFKA_CLIENT_ID: z.string().min(1).default('checkmark-api'),
    KAFKA_EVENTS_TOPIC: z.string().min(1).default(TOPICS.events),
    KAFKA_DLQ_TOPIC: z.string().min(1).default(TOPICS.deadLetters),
    WHATSAPP_APP_SECRET: secret(1),
    WHATSAPP_VERIFY_TOKEN: secret(1),
    CHECKMARK_BOOTSTRAP_API_KEY: secret(1),
    METRICS_TOKEN: secret(16),
    CHECKMARK_PSEUDONYM_KEY: secret(16),
    INGEST_MAX_BATCH_ROWS: z.coerce.number().int().min(1).default(10000),
    INGEST_MAX_BATCH_DELAY_MS: z.coerce.number().int().min(0).default(5),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(30000),
    WEB_DIST_DIR: optional,
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 365)
      .default(168),
    COOKIE_SECURE: z
      .enum(['true', 'false', '1', '0', ''])
      .default('false')
      .transform((v) => v === 'true' || v === '1'),
    TRUST_PROXY: optional.refine(
      (v) => v === undefined || /^\d+$/.test(v) || v.split(',').every((part) => /^[\w.:/-]+$/.test(part.trim())),
      'a hop count, or a comma-separated list of addresses, subnets or loopback/linklocal/uniquelocal',
    ),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(20),
    LOGIN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
    GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(1000),
    CHECKMARK_TENANT_NAME: optional.pipe(z.string().trim().min(1).max(200).default('Demo')),
    CHECKMARK_ADMIN_EMAIL: optional.pipe(z.string().trim().email().max(320).default('admin@checkmark.local')),
    CHECKMARK_ADMIN_PASSWORD: secret(10),
    CHECKMARK_ALERT_EVALUATION_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86400).default(60),
    CHECKMARK_ALERT_WEBHOOK_ALLOW_PRIVATE: z
      .enum(['true', 'false', '1', '0', ''])
      .default('false')
      .transform((v) => v === 'true' || v === '1'),
    CHECKMARK_ALERT_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(10000),
    CHECKMARK_ALERT_DELIVERY_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
    CHECKMARK_ALERT_RETRY_BASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    CHECKMARK_COMPLIANCE_DETECTION_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86400).default(60),
    CHECKMARK_SMTP_URL: optional.refine(
      (v) => v === undefined || /^smtps?:\/\/[^/]+/.test(v),
      'must be an smtp:// or smtps:// URL',
    ),
    CHECKMARK_ALERT_EMAIL_FROM: optional.pipe(z.string().trim().email().max(320).optional()),
  })
  .superRefine((env, ctx) => {
    // Receivers and ingesters in separate processes must derive the same contact ids.
    if (env.KAFKA_BROKERS && !env.CHECKMARK_PSEUDONYM_KEY) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['CHECKMARK_PSEUDONYM_KEY'],
        message: 'required when KAFKA_BROKERS is set',
      });
    }
    // Half an SMTP setup would silently never e-mail: refuse it.
    if (Boolean(env.CHECKMARK_SMTP_URL) !== Boolean(env.CHECKMARK_ALERT_EMAIL_FROM)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [env.CHECKMARK_SMTP_URL ? 'CHECKMARK_ALERT_EMAIL_FROM' : 'CHECKMARK_SMTP_URL'],
        message: 'CHECKMARK_SMTP_URL and CHECKMARK_ALERT_EMAIL_FROM are set together',
      });
    }
  });

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

/** Validates the environment once; the message names variables and rules, never their values. */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const dataDir = isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(cwd, e.DATA_DIR);
  const brokers = e.KAFKA_BROKERS?.split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'sqlite', path: join(dataDir, 'app.sqlite') },
    warehouse: {
      url: e.CLICKHOUSE_URL,
      dataDir: join(dataDir, 'clickhouse'),
      database: e.CLICKHOUSE_DATABASE,
      username: e.CLICKHOUSE_USER,
      password: e.CLICKHOUSE_PASSWORD,
    },
    kafka: brokers?.length
      ? {
          brokers,
          clientId: e.KAFKA_CLIENT_ID,
          topics: { events: e.KAFKA_EVENTS_TOPIC, deadLetters: e.KAFKA_DLQ_TOPIC },
        }
      : undefined,
    whatsapp: { appSecret: e.WHATSAPP_APP_SECRET, verifyToken: e.WHATSAPP_VERIFY_TOKEN },
    bootstrapApiKey: e.CHECKMARK_BOOTSTRAP_API_KEY,
    metricsToken: e.METRICS_TOKEN,
    pseudonymKey: e.CHECKMARK_PSEUDONYM_KEY,
    limits: { webhookBytes: 3 * MB, eventsBytes: 10 * MB, eventsLines: 10000 },
    ingest: { maxBatchRows: e.INGEST_MAX_BATCH_ROWS, maxBatchDelayMs: e.INGEST_MAX_BATCH_DELAY_MS },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    // Default: <repo>/web/dist, found from this file (src/ or dist/ alike sit four levels below the root).
    webDistDir: e.WEB_DIST_DIR ? resolve(cwd, e.WEB_DIST_DIR) : resolve(__dirname, '../../../../web/dist'),
    auth: {
      sessionTtlHours: e.SESSION_TTL_HOURS,
      cookieSecure: e.COOKIE_SECURE,
      trustProxy:
        e.TRUST_PROXY === undefined
          ? undefined
          : /^\d+$/.test(e.TRUST_PROXY)
            ? Number(e.TRUST_PROXY)
            : e.TRUST_PROXY.split(',').map((part) => part.trim()),
      loginRateLimit: {
        perAccountAndIp: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
        perIp: e.LOGIN_MAX_FAILURES_PER_IP,
        windowMinutes: e.LOGIN_FAILURE_WINDOW_MINUTES,
      },
    },
    graphql: { maxDepth: e.GRAPHQL_MAX_DEPTH, maxComplexity: e.GRAPHQL_MAX_COMPLEXITY },
    setup: {
      tenantName: e.CHECKMARK_TENANT_NAME,
      adminEmail: e.CHECKMARK_ADMIN_EMAIL,
      adminPassword: e.CHECKMARK_ADMIN_PASSWORD,
    },
    alerts: {
      evaluationIntervalMs: e.CHECKMARK_ALERT_EVALUATION_INTERVAL_SECONDS * 1000,
      webhookAllowPrivate: e.CHECKMARK_ALERT_WEBHOOK_ALLOW_PRIVATE,
      webhookTimeoutMs: e.CHECKMARK_ALERT_WEBHOOK_TIMEOUT_MS,
      deliveryMaxAttempts: e.CHECKMARK_ALERT_DELIVERY_ATTEMPTS,
      retryBaseMs: e.CHECKMARK_ALERT_RETRY_BASE_SECONDS * 1000,
      smtp:
        e.CHECKMARK_SMTP_URL && e.CHECKMARK_ALERT_EMAIL_FROM
          ? { url: e.CHECKMARK_SMTP_URL, from: e.CHECKMARK_ALERT_EMAIL_FROM }
          : undefined,
    },
    compliance: { detectionIntervalMs: e.CHECKMARK_COMPLIANCE_DETECTION_INTERVAL_SECONDS * 1000 },
  };
}
