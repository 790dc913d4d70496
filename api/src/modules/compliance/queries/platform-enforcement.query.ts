import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { IN_RANGE } from './message-purpose.fragment';

/** An enforcement event the platform reported. */
export interface PlatformEnforcementRow {
  event_id: string;
  type: string;
  channel: string;
  account_id: string;
  /** Milliseconds since the epoch (64-bit, so a string). */
  occurred_at_ms: string;
  /** account.policy_alert kind. */
  alert_kind: string;
  /** account.quality_changed number status / template.updated status. */
  status: string;
  /** account.quality_changed event. */
  quality_event: string;
  quality_rating: string;
  template_name: string;
  template_language: string;
  reason: string;
  /** account.policy_alert detail as sent (JSON text), '' otherwise. */
  detail: string;
}

/**
 * PLATFORM_ENFORCEMENT: every account.policy_alert; account.quality_changed reporting the number FLAGGED or
 * RESTRICTED (status or event FLAGGED / DOWNGRADE); template.updated reporting the template PAUSED or DISABLED —
 * in the range, one row per event (FINAL collapses replays).
 */
export function platformEnforcementQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    id AS event_id,
    type,
    channel,
    account_id,
    toString(toUnixTimestamp64Milli(occurred_at)) AS occurred_at_ms,
    alert_kind,
    status,
    quality_event,
    quality_rating,
    template_name,
    template_language,
    reason,
    if(type = 'account.policy_alert', JSONExtractRaw(payload, 'detail'), '') AS detail
FROM ${db}.events FINAL
WHERE tenant_id = {tenant:String}
    AND type IN ('account.policy_alert', 'account.quality_changed', 'template.updated')
    AND ${IN_RANGE}
    AND (
        type = 'account.policy_alert'
        OR (type = 'account.quality_changed'
            AND (status IN ('FLAGGED', 'RESTRICTED') OR quality_event IN ('FLAGGED', 'DOWNGRADE')))
        OR (type = 'template.updated' AND status IN ('PAUSED', 'DISABLED'))
    )
ORDER BY occurred_at, id`;
}
