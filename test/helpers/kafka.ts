import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, Partitioners, type IHeaders, type RecordMetadata } from 'kafkajs';
import { waitFor } from './wait-for';

/** Tests talk to the broker the Jest global setup started (test/setup/global-setup.js) or to KAFKA_BROKERS. */
export function kafkaBrokers(): string[] {
  const brokers = (process.env.KAFKA_BROKERS ?? '')
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
  if (brokers.length === 0) {
    throw new Error(
      'KAFKA_BROKERS is not set: this test needs Kafka. Run it through Jest without CHECKMARK_TEST_KAFKA=off ' +
        '(the global setup then starts tools/kafka), or point KAFKA_BROKERS at a running broker.',
    );
  }
  return brokers;
}

/** A KafkaJS client for the test broker; silent, because failures surface as thrown errors in the test. */
export function testKafka(clientId = 'checkmark-test'): Kafka {
  return new Kafka({ clientId, brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
}

/** A topic name no other test (or earlier run against the same broker) uses, e.g. `events.v1-m3x9k2-a1b2c3`. */
export function uniqueTopic(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/** Creates the topic (replication factor 1) and waits for its partition leaders; an existing topic is kept. */
export async function createTopic(name: string, partitions = 3): Promise<string> {
  const admin = testKafka().admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: [{ topic: name, numPartitions: partitions, replicationFactor: 1 }],
      waitForLeaders: true,
    });
    return name;
  } finally {
    await admin.disconnect();
  }
}

export interface TestMessage {
  key?: string | Buffer | null;
  value: string | Buffer | null;
  headers?: Record<string, string | Buffer>;
  partition?: number;
}

/** Produces the messages with acks from all in-sync replicas and returns where they landed. */
export async function produce(topic: string, messages: TestMessage[]): Promise<RecordMetadata[]> {
  const producer = testKafka().producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    return await producer.send({ topic, acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
}

export interface ConsumedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  /** UTF-8 decoded; a header sent more than once under the same name becomes an array. */
  headers: Record<string, string | string[]>;
  timestamp: string;
}

/**
 * Reads every message the topic holds, ordered by partition then offset. With `expected`, first waits until the
 * topic holds at least that many, so a test can await asynchronous producers and still see any extra message.
 * Counts offsets, so it is meant for non-transactional topics (transaction markers take offsets too).
 */
export async function consumeAll(
  topic: string,
  { expected = 0, timeoutMs = 30000 }: { expected?: number; timeoutMs?: number } = {},
): Promise<ConsumedMessage[]> {
  const deadline = Date.now() + timeoutMs;
  const kafka = testKafka();
  const admin = kafka.admin();
  await admin.connect();
  let ends: Map<number, bigint>;
  try {
    const offsets = await waitFor(
      () => admin.fetchTopicOffsets(topic),
      (parts) => parts.reduce((sum, p) => sum + Number(BigInt(p.high) - BigInt(p.low)), 0) >= expected,
      { timeoutMs, what: `${expected} message(s) on ${topic}` },
    );
    ends = new Map(offsets.filter((p) => BigInt(p.high) > BigInt(p.low)).map((p) => [p.partition, BigInt(p.high)]));
  } finally {
    await admin.disconnect();
  }
  if (ends.size === 0) return [];

  const messages: ConsumedMessage[] = [];
  const pending = new Set(ends.keys());
  const consumer = kafka.consumer({ groupId: uniqueTopic('test-reader'), maxWaitTimeInMs: 250 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ partition, message }) => {
        const end = ends.get(partition);
        if (end === undefined || BigInt(message.offset) >= end) return Promise.resolve();
        messages.push({
          topic,
          partition,
          offset: message.offset,
          key: message.key,
          value: message.value,
          headers: decodeHeaders(message.headers),
          timestamp: message.timestamp,
        });
        if (BigInt(message.offset) === end - 1n) pending.delete(partition);
        return Promise.resolve();
      },
    });
    await waitFor(
      () => pending.size,
      (left) => left === 0,
      {
        timeoutMs: Math.max(deadline - Date.now(), 1000),
        what: `${topic} read to its end (value: partitions left)`,
      },
    );
  } finally {
    await consumer.disconnect();
  }
  return messages.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
}

function decodeHeaders(headers: IHeaders | undefined): Record<string, string | string[]> {
  const decoded: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    decoded[name] = Array.isArray(value) ? value.map((v) => v.toString('utf8')) : value.toString('utf8');
  }
  return decoded;
}
