import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { templateStatusChangesWith } from './template-status-changes.fragment';

/** One change; times are epoch milliseconds as strings (64-bit), values null or '' where nothing was reported. */
export interface TemplateStatusChangeRow {
  id: string;
  occurred_ms: string;
  channel: string;
  account_id: string;
  template_name: string;
  template_language: string;
  template_category: string;
  reason: string;
  status_after: string | null;
  quality_after: string | null;
  status_before: string | null;
  quality_before: string | null;
}

/** The period's changes newest first by (occurred_at, id), after the cursor when {filterAfter} is set. */
export function templateStatusChangesQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH ${templateStatusChangesWith(db)}
SELECT
    id,
    toString(toUnixTimestamp64Milli(occurred_at)) AS occurred_ms,
    toString(channel) AS channel,
    toString(account_id) AS account_id,
    toString(template_name) AS template_name,
    toString(template_language) AS template_language,
    toString(template_category) AS template_category,
    reason,
    toString(status_after) AS status_after,
    toString(quality_after) AS quality_after,
    toString(status_before) AS status_before,
    toString(quality_before) AS quality_before
FROM changes
WHERE NOT {filterAfter:Bool} OR (toUnixTimestamp64Milli(occurred_at), id) < ({afterMs:Int64}, {afterId:String})
ORDER BY occurred_at DESC, id DESC
LIMIT {limit:UInt32}`;
}
