import { deadLetterHeaders, partitionKey, type CanonicalEvent } from '@checkmark/schemas';
import type { RejectRecord } from '@checkmark/schemas/warehouse';
import {
  CompressionTypes,
  Kafka,
  logLevel,
  type Admin,
  type Message,
  type Producer,
  type TopicMessages,
} from 'kafkajs';
import type { ApiMetrics } from '../../metrics';
import type { EventTransport } from './event-transport';
import { GroupCommitter, type GroupCommitOptions } from './group-commit';

interface Unit {
  topic: string;
  message: Message;
}

/**
 * Kafka mode: events go to `events.v1` (KAFKA_EVENTS_TOPIC) keyed by tenant and contact (so one contact's events stay in order on one
 * partition), rejects to the dead-letter topic with their original bytes and reason headers. Concurrent requests
 * share one `sendBatch`; a request is answered only after the brokers acknowledged it (acks = all, idempotent).
 */
export class KafkaEventTransport implements EventTransport {
  readonly kind = 'kafka' as const;
  private readonly producer: Producer;
  private readonly admin: Admin;
  private readonly committer: GroupCommitter<Unit>;

  constructor(
    private readonly kafkaConfig: {
      brokers: string[];
      clientId: string;
      topics: { events: string; deadLetters: string };
    },
    private readonly metrics: ApiMetrics,
    options: Omit<GroupCommitOptions, 'onFlush'>,
  ) {
    const kafka = new Kafka({ clientId: kafkaConfig.clientId, brokers: kafkaConfig.brokers, logLevel: logLevel.WARN });
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    this.admin = kafka.admin();
    this.committer = new GroupCommitter<Unit>((units) => this.send(units), {
      ...options,
      onFlush: (rows, ms, error) => {
        this.metrics.batchSize.observe(rows);
        this.metrics.batchDuration.observe(ms);
        if (error) this.metrics.batchFailures.inc();
      },
    });
  }

  async start(): Promise<void> {
    await this.admin.connect();
    // Creating existing topics is a no-op; partition counts are the broker's (operators size them).
    await this.admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: this.kafkaConfig.topics.events }, { topic: this.kafkaConfig.topics.deadLetters }],
    });
    await this.producer.connect();
  }

  async publish(events: CanonicalEvent[], rejects: RejectRecord[]): Promise<void> {
    this.metrics.consumed.inc(events.length + rejects.length);
    const units: Unit[] = [
      ...events.map((e) => ({ topic: this.kafkaConfig.topics.events, message: eventMessage(e) })),
      ...rejects.map((r) => ({ topic: this.kafkaConfig.topics.deadLetters, message: deadLetter(r) })),
    ];
    await this.committer.submit(units);
    this.metrics.inserted.inc(events.length);
    for (const r of rejects) this.metrics.rejected.inc({ reason: r.reason });
  }

  async ping(): Promise<void> {
    await this.admin.describeCluster();
  }

  async close(): Promise<void> {
    await this.committer.close();
    await this.producer.disconnect();
    await this.admin.disconnect();
  }

  private async send(units: Unit[]): Promise<void> {
    const byTopic = new Map<string, Message[]>();
    for (const u of units) {
      const list = byTopic.get(u.topic);
      if (list) list.push(u.message);
      else byTopic.set(u.topic, [u.message]);
    }
    const topicMessages: TopicMessages[] = [...byTopic].map(([topic, messages]) => ({ topic, messages }));
    await this.producer.sendBatch({ acks: -1, compression: CompressionTypes.None, topicMessages });
  }
}

function eventMessage(event: CanonicalEvent): Message {
  const contact = 'contactId' in event ? event.contactId : undefined;
  const account = 'accountId' in event ? event.accountId : undefined;
  return {
    key: partitionKey(event.tenantId, contact ?? account ?? event.id),
    value: JSON.stringify(event),
  };
}

function deadLetter(reject: RejectRecord): Message {
  return {
    key: reject.key ?? reject.tenantId,
    value: typeof reject.raw === 'string' ? Buffer.from(reject.raw, 'utf8') : reject.raw,
    headers: deadLetterHeaders({
      reason: reject.reason,
      step: reject.step,
      detail: reject.detail,
      time: reject.receivedAt,
      source: reject.source,
      tenantId: reject.tenantId,
    }),
  };
}
