import { deadLetterHeaders } from '@checkmark/schemas';
import type { Producer } from 'kafkajs';
import type { DeadLetter, DeadLetterPublisher } from './dead-letter';

/** Produces dead letters with the original key and value bytes; resolves once all in-sync replicas have them. */
export class KafkaDeadLetterPublisher implements DeadLetterPublisher {
  constructor(
    private readonly producer: Producer,
    private readonly topic: string,
  ) {}

  async publish(letters: DeadLetter[]): Promise<void> {
    if (letters.length === 0) return;
    await this.producer.send({
      topic: this.topic,
      acks: -1,
      messages: letters.map((letter) => ({
        key: letter.key,
        value: letter.value,
        headers: deadLetterHeaders({
          reason: letter.reason,
          step: letter.step,
          detail: letter.detail,
          time: letter.time,
          sourceTopic: letter.topic,
          sourcePartition: letter.partition,
          sourceOffset: letter.offset,
        }),
      })),
    });
  }
}
