/**
 * ClickHouse insert deduplication token for one chunk of a partition. Kafka offsets never change meaning, so
 * a chunk re-read after a crash carries the same token and ClickHouse drops the repeated insert.
 */
export function dedupToken(topic: string, partition: number, firstOffset: string, lastOffset: string): string {
  return `${topic}:${partition}:${firstOffset}-${lastOffset}`;
}
