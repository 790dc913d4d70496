import { createTopic, testKafka, uniqueTopic } from '@checkmark/test/helpers/kafka';
import { createJsonLogger } from '../logger';
import { ensureTopics } from './ensure-topics';

describe('ensureTopics (real Kafka)', () => {
  it('creates missing topics with the broker defaults and leaves existing ones as they are', async () => {
    const existing = await createTopic(uniqueTopic('ensure-existing'), 1);
    const missing = uniqueTopic('ensure-missing');
    const kafka = testKafka();
    await ensureTopics(
      kafka,
      [existing, missing],
      createJsonLogger('error', () => undefined),
    );

    const admin = kafka.admin();
    await admin.connect();
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: [existing, missing] });
      const partitions = Object.fromEntries(topics.map((t) => [t.name, t.partitions.length]));
      expect(partitions[existing]).toBe(1);
      expect(partitions[missing]).toBeGreaterThan(0);
    } finally {
      await admin.disconnect();
    }
  }, 60000);
});
