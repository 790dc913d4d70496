import { loadConfig } from './app-config';

const codeAndMessage = (env: Record<string, string>) => {
  try {
    loadConfig(env, '/srv');
    return undefined;
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  }
};

describe('loadConfig', () => {
  it('defaults to the embedded deployment under ./data', () => {
    const config = loadConfig({}, '/srv');
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: '/srv/data',
      database: { kind: 'sqlite', path: '/srv/data/app.sqlite' },
      warehouse: { dataDir: '/srv/data/clickhouse', database: 'checkmark' },
    });
    expect(config.kafka).toBeUndefined();
  });

  it('treats empty variables as unset', () => {
    const config = loadConfig({ WHATSAPP_APP_SECRET: '', KAFKA_BROKERS: ' ', DATABASE_URL: '' }, '/srv');
    expect(config.whatsapp.appSecret).toBeUndefined();
    expect(config.kafka).toBeUndefined();
    expect(config.database.kind).toBe('sqlite');
  });

  it('switches to Kafka and PostgreSQL by configuration', () => {
    const config = loadConfig(
      { KAFKA_BROKERS: 'a:9092, b:9092', CHECKMARK_PSEUDONYM_KEY: 'k'.repeat(32), DATABASE_URL: 'postgres://u@h/db' },
      '/srv',
    );
    expect(config.kafka).toMatchObject({
      brokers: ['a:9092', 'b:9092'],
      topics: { events: 'events.v1', deadLetters: 'events.v1.dlq' },
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
  });

  it('requires the pseudonymisation key in Kafka mode', () => {
    expect(codeAndMessage({ KAFKA_BROKERS: 'a:9092' })).toMatchObject({ code: 'CONFIG_INVALID' });
  });

  it('names the variable but never echoes a secret value', () => {
    const result = codeAndMessage({ CHECKMARK_PSEUDONYM_KEY: 'short-secret', PORT: 'x' });
    expect(result?.code).toBe('CONFIG_INVALID');
    expect(result?.message).toContain('CHECKMARK_PSEUDONYM_KEY');
    expect(result?.message).not.toContain('short-secret');
  });

  it('reads TRUST_PROXY as a hop count or a list of trusted addresses, and refuses anything else', () => {
    expect(loadConfig({}, '/srv').auth.trustProxy).toBeUndefined();
    expect(loadConfig({ TRUST_PROXY: '1' }, '/srv').auth.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }, '/srv').auth.trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
    ]);
    expect(codeAndMessage({ TRUST_PROXY: 'true; rm -rf' })?.message).toContain('TRUST_PROXY');
  });

  it('configures alert delivery: defaults, SMTP only as a pair, and no credentials in the error', () => {
    expect(loadConfig({}, '/srv').alerts).toEqual({
      evaluationIntervalMs: 60_000,
      webhookAllowPrivate: false,
      webhookTimeoutMs: 10_000,
      deliveryMaxAttempts: 5,
      retryBaseMs: 30_000,
      smtp: undefined,
    });
    const smtp = { CHECKMARK_SMTP_URL: 'smtp://u:hunter2@mail.example:587', CHECKMARK_ALERT_EMAIL_FROM: 'a@x.test' };
    expect(loadConfig(smtp, '/srv').alerts.smtp).toEqual({ url: smtp.CHECKMARK_SMTP_URL, from: 'a@x.test' });
    const half = codeAndMessage({ CHECKMARK_SMTP_URL: smtp.CHECKMARK_SMTP_URL });
    expect(half?.message).toContain('CHECKMARK_ALERT_EMAIL_FROM');
    expect(half?.message).not.toContain('hunter2');
    expect(
      codeAndMessage({ CHECKMARK_SMTP_URL: 'http://mail.example', CHECKMARK_ALERT_EMAIL_FROM: 'a@x.test' })?.code,
    ).toBe('CONFIG_INVALID');
    expect(loadConfig({ CHECKMARK_ALERT_EVALUATION_INTERVAL_SECONDS: '0' }, '/srv').alerts.evaluationIntervalMs).toBe(
      0,
    );
  });
});
