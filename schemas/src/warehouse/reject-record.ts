/** Input that could not become a canonical event, kept with its original bytes (embedded mode). */
export interface RejectRecord {
  tenantId: string;
  /** Which receiver or topic it came from (whatsapp_webhook, events_api, …). */
  source: string;
  /** Pipeline step that rejected it: parse, validate, enrich. */
  step: string;
  /** Machine-readable reason, e.g. malformed_json, invalid_event. */
  reason: string;
  detail: string;
  /** The original bytes, stored exactly. */
  raw: Buffer | string;
  key?: string;
  topic?: string;
  partition?: number;
  offset?: string;
  receivedAt: Date;
}
