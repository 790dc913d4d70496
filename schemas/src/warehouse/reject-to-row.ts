import { toClickHouseDateTime } from './datetime';
import type { RejectRecord } from './reject-record';

/** Columns of an `ingest_rejects` insert; `raw_base64` feeds the ephemeral column that stores `raw` as bytes. */
export const REJECT_COLUMNS = [
  'tenant_id',
  'received_at',
  'source',
  'step',
  'reason',
  'detail',
  'raw_base64',
  'key',
  'topic',
  'partition',
  'offset',
] as const;

export type RejectRow = Record<(typeof REJECT_COLUMNS)[number], string | number | null>;

export function rejectToRow(reject: RejectRecord): RejectRow {
  const bytes = typeof reject.raw === 'string' ? Buffer.from(reject.raw, 'utf8') : reject.raw;
  return {
    tenant_id: reject.tenantId,
    received_at: toClickHouseDateTime(reject.receivedAt),
    source: reject.source,
    step: reject.step,
    reason: reject.reason,
    detail: reject.detail,
    raw_base64: bytes.toString('base64'),
    key: reject.key ?? null,
    topic: reject.topic ?? '',
    partition: reject.partition ?? null,
    offset: reject.offset ?? null,
  };
}
