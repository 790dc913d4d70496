import { Kafka, logLevel, type Producer } from 'kafkajs';
import { partitionKey, type CanonicalEvent } from '@checkmark/schemas';

/** Produces canonical events to Kafka keyed `${tenantId}:${contactId}` (account when there is no contact), acks=all. */
export class KafkaEventProducer {
  private readonly producer: Producer;
  private batch: { key: string; value: string }[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private failure: Error | undefined;
  produced = 0;

  constructor(
    brokers: string,
    private readonly topic: string,
    private readonly batchSize: number,
    private readonly concurrency: number,
  ) {
    const kafka = new Kafka({
      clientId: 'checkmark-simulator',
      brokers: brokers.split(',').map((b) => b.trim()),
      logLevel: logLevel.NOTHING,
    });
    this.producer = kafka.producer({ allowAutoTopicCreation: true, idempotent: false });
  }

  async connect(): Promise<void> {
    await this.producer.connect();
  }

  /** Queues one event; true when a batch is full and the caller should `await flush()`. */
  push(event: CanonicalEvent, line: string): boolean {
    const subject = 'contactId' in event && event.contactId ? event.contactId : (event.accountId ?? event.channel);
    this.batch.push({ key: partitionKey(event.tenantId, subject), value: line });
    return this.batch.length >= this.batchSize;
  }

  async close(): Promise<void> {
    try {
      await this.flush();
      await Promise.all(this.inFlight);
      if (this.failure) throw this.failure;
    } finally {
      await this.producer.disconnect();
    }
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.batch.length === 0) return;
    while (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    const messages = this.batch;
    this.batch = [];
    const send = this.producer.send({ topic: this.topic, acks: -1, messages }).then(
      () => {
        this.produced += messages.length;
      },
      (error: Error) => {
        this.failure ??= error;
      },
    );
    const tracked = send.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }
}
