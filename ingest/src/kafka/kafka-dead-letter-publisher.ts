import { DLQ_HEADERS } from '@checkmark/schemas';
import type { IHeaders, Producer } from 'kafkajs';
import type { DeadLetter, DeadLetterPublisher } from './dead-letter';

const MAX_DETAIL_CHARS = 2000;

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
      messages: letters.map((letter) => ({ key: letter.key, value: letter.value, headers: headersOf(letter) })),
    });
  }
}

function headersOf(letter: DeadLetter): IHeaders {
  return {
    [DLQ_HEADERS.reason]: letter.reason,
    [DLQ_HEADERS.step]: letter.step,
    [DLQ_HEADERS.detail]: letter.detail.slice(0, MAX_DETAIL_CHARS),
    [DLQ_HEADERS.sourceTopic]: letter.topic,
    [DLQ_HEADERS.sourcePartition]: String(letter.partition),
    [DLQ_HEADERS.sourceOffset]: letter.offset,
    [DLQ_HEADERS.time]: letter.time.toISOString(),
  };
}
