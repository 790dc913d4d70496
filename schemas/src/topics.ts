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
