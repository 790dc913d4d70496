import { ConfigError, loadIngestConfig } from './config';

const minimal = {
  KAFKA_BROKERS: ' 127.0.0.1:9092, kafka-2:9092 ',
  CLICKHOUSE_URL: 'http://ch:8123',
  CHECKMARK_PSEUDONYM_KEY: 'k'.repeat(32),
};

describe('loadIngestConfig', () => {
  it('applies defaults for topics, group, database, batch limits and metrics port', () => {
    const config = loadIngestConfig(minimal);
    expect(config.kafka).toMatchObject({
      brokers: ['127.0.0.1:9092', 'kafka-2:9092'],
      groupId: 'checkmark-ingest',
      topic: 'events.v1',
      deadLetterTopic: 'events.v1.dlq',
    });
    expect(config.warehouse).toEqual({
      url: 'http://ch:8123',
      database: 'checkmark',
      username: undefined,
      password: undefined,
      dataDir: undefined,
    });
    expect(config.metricsPort).toBe(9464);
    expect(config.batch.maxRows).toBeGreaterThan(0);
  });

  it('accepts DATA_DIR instead of a server url', () => {
    expect(loadIngestConfig({ ...minimal, CLICKHOUSE_URL: '', DATA_DIR: '/var/lib/checkmark' }).warehouse.dataDir).toBe(
      '/var/lib/checkmark',
    );
  });

  it.each([
    ['KAFKA_BROKERS', { KAFKA_BROKERS: undefined }],
    ['CHECKMARK_PSEUDONYM_KEY', { CHECKMARK_PSEUDONYM_KEY: 'short' }],
    ['CLICKHOUSE_URL', { CLICKHOUSE_URL: undefined }],
    ['METRICS_PORT', { METRICS_PORT: '70000' }],
    ['INGEST_BACKOFF_MAX_MS', { INGEST_BACKOFF_INITIAL_MS: '500', INGEST_BACKOFF_MAX_MS: '100' }],
  ])('rejects a bad %s with INVALID_CONFIG, without echoing the secret', (variable, override) => {
    const env = { ...minimal, CHECKMARK_PSEUDONYM_KEY: 'secret-value-xyz', ...override };
    let caught: unknown;
    try {
      loadIngestConfig(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).code).toBe('INVALID_CONFIG');
    expect((caught as ConfigError).issues.map((i) => i.variable)).toContain(variable);
    expect((caught as ConfigError).message).not.toContain('secret-value-xyz');
  });
});
