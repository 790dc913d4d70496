import {
  consumeAll,
  createTopic,
  kafkaBrokers,
  produce,
  testKafka,
  uniqueTopic,
  type TestMessage,
} from './helpers/kafka';

// Smoke test of the test tooling itself: the Jest global setup started a real Kafka 3.9 broker (tools/kafka).
describe('test Kafka broker', () => {
  it('is a real KRaft broker on loopback', async () => {
    const [broker] = kafkaBrokers();
    expect(broker).toMatch(/^127\.0\.0\.1:\d+$/);
    const admin = testKafka().admin();
    await admin.connect();
    try {
      const cluster = await admin.describeCluster();
      expect(cluster.brokers).toHaveLength(1);
      expect(cluster.controller).toBe(1);
    } finally {
      await admin.disconnect();
    }
  });

  it('round-trips keys, values and headers through a new topic', async () => {
    const topic = await createTopic(uniqueTopic('smoke'), 3);
    const sent: TestMessage[] = [
      { key: 'tenant-a:contact-1', value: '{"n":1}', headers: { reason: 'invalid_event', step: 'validate' } },
      { key: 'tenant-a:contact-2', value: '{"n":2}', headers: { reason: 'malformed_json' } },
      { key: 'tenant-b:contact-1', value: Buffer.from([0xff, 0x00, 0x7b]), headers: {} },
      { key: null, value: null, headers: { tombstone: 'yes' } },
    ];
    await produce(topic, sent);

    const received = await consumeAll(topic, { expected: sent.length, timeoutMs: 30000 });

    expect(received).toHaveLength(sent.length);
    const byValue = new Map(received.map((m) => [m.value?.toString('hex') ?? 'null', m]));
    expect(byValue.get(Buffer.from('{"n":1}').toString('hex'))).toMatchObject({
      key: Buffer.from('tenant-a:contact-1'),
      headers: { reason: 'invalid_event', step: 'validate' },
    });
    expect(byValue.get(Buffer.from('{"n":2}').toString('hex'))?.headers).toEqual({ reason: 'malformed_json' });
    expect(byValue.get('ff007b')?.key?.toString()).toBe('tenant-b:contact-1');
    expect(byValue.get('null')).toMatchObject({ key: null, value: null, headers: { tombstone: 'yes' } });
  });

  it('keeps one key on one partition, in order', async () => {
    const topic = await createTopic(uniqueTopic('order'), 3);
    await produce(
      topic,
      [1, 2, 3, 4, 5].map((n) => ({ key: 'tenant-a:contact-9', value: String(n) })),
    );

    const received = await consumeAll(topic, { expected: 5 });

    expect(new Set(received.map((m) => m.partition)).size).toBe(1);
    expect(received.map((m) => m.value?.toString())).toEqual(['1', '2', '3', '4', '5']);
  });

  it('does not create topics on first use', async () => {
    const producer = testKafka().producer({ retry: { retries: 1, initialRetryTime: 50 } });
    await producer.connect();
    try {
      await expect(producer.send({ topic: uniqueTopic('missing'), messages: [{ value: 'x' }] })).rejects.toThrow();
    } finally {
      await producer.disconnect();
    }
  });
});
