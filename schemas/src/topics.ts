/** Kafka topic names. Producers key messages by `${tenantId}:${contactId || accountId}`. */
export const TOPICS = {
  events: 'events.v1',
  deadLetters: 'events.v1.dlq',
} as const;

/** Headers every dead letter carries, beside the original key and value bytes. */
export const DLQ_HEADERS = {
  reason: 'x-checkmark-reason',
  step: 'x-checkmark-step',
  detail: 'x-checkmark-detail',
  sourceTopic: 'x-checkmark-source-topic',
  sourcePartition: 'x-checkmark-source-partition',
  sourceOffset: 'x-checkmark-source-offset',
  source: 'x-checkmark-source',
  tenantId: 'x-checkmark-tenant',
  time: 'x-checkmark-time',
} as const;

export function partitionKey(tenantId: string, contactOrAccount: string): string {
  return `${tenantId}:${contactOrAccount}`;
}

/** Longest reason detail a dead letter carries in its headers. */
export const MAX_DEAD_LETTER_DETAIL_CHARS = 2000;

export interface DeadLetterFacts {
  reason: string;
  step: string;
  detail: string;
  time: Date;
  /** Receiver that rejected the record (receivers only). */
  source?: string;
  tenantId?: string;
  /** Where the record was consumed from (ingesters only). */
  sourceTopic?: string;
  sourcePartition?: number;
  sourceOffset?: string;
}

/** The one header layout of `events.v1.dlq`, whoever writes the dead letter. */
export function deadLetterHeaders(facts: DeadLetterFacts): Record<string, string> {
  const headers: Record<string, string> = {
    [DLQ_HEADERS.reason]: facts.reason,
    [DLQ_HEADERS.step]: facts.step,
    [DLQ_HEADERS.detail]: facts.detail.slice(0, MAX_DEAD_LETTER_DETAIL_CHARS),
    [DLQ_HEADERS.time]: facts.time.toISOString(),
  };
  if (facts.source !== undefined) headers[DLQ_HEADERS.source] = facts.source;
  if (facts.tenantId !== undefined) headers[DLQ_HEADERS.tenantId] = facts.tenantId;
  if (facts.sourceTopic !== undefined) headers[DLQ_HEADERS.sourceTopic] = facts.sourceTopic;
  if (facts.sourcePartition !== undefined) headers[DLQ_HEADERS.sourcePartition] = String(facts.sourcePartition);
  if (facts.sourceOffset !== undefined) headers[DLQ_HEADERS.sourceOffset] = facts.sourceOffset;
  return headers;
}
