/** A record the pipeline refused, with everything needed to inspect and replay it. */
export interface DeadLetter {
  key: Buffer | null;
  value: Buffer | null;
  reason: string;
  step: string;
  detail: string;
  topic: string;
  partition: number;
  offset: string;
  time: Date;
}

/** Where dead letters go; resolves only once they are durable. */
export interface DeadLetterPublisher {
  publish(letters: DeadLetter[]): Promise<void>;
}
