import type { Kafka } from 'kafkajs';
import type { Logger } from '../logger';

/**
 * Creates the events and dead-letter topics when missing, with the broker's default partition count and
 * replication (brokers usually disable auto-creation). Existing topics are left alone.
 */
export async function ensureTopics(kafka: Kafka, topics: string[], logger: Logger): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    await admin.createTopics({ topics: missing.map((topic) => ({ topic })), waitForLeaders: true });
    logger.info('created topics', { topics: missing });
  } finally {
    await admin.disconnect();
  }
}
