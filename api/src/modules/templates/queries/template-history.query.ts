import { quoteIdentifier } from '@checkmark/schemas/warehouse';

/** One template.updated event; '' where the event did not say. */
export interface TemplateHistoryRow {
  id: string;
  /** Milliseconds since the epoch (64-bit, so a string). */
  occurred_at_ms: string;
  channel: string;
  account_id: string;
  name: string;
  language: string;
  status: string;
  quality: string;
  previous_quality: string;
  category: string;
  previous_category: string;
  reason: string;
}

/**
 * Every template.updated event ever ingested for a template name (optionally one language and accounts), oldest
 * first; ties keep a stable order by event id. FINAL collapses replays of one event id, so a replayed history
 * is the same history.
 */
export function templateHistoryQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    id,
    toString(toUnixTimestamp64Milli(occurred_at)) AS occurred_at_ms,
    channel,
    account_id,
    template_name AS name,
    template_language AS language,
    status,
    quality_rating AS quality,
    previous_quality_rating AS previous_quality,
    template_category AS category,
    previous_template_category AS previous_category,
    reason
FROM ${db}.events FINAL
WHERE tenant_id = {tenant:String}
    AND type = 'template.updated'
    AND template_name = {name:String}
    AND (NOT {filterLanguage:Bool} OR template_language = {language:String})
    AND (NOT {filterAccounts:Bool} OR account_id IN {accounts:Array(String)})
    AND (NOT {filterChannels:Bool} OR channel IN {channels:Array(String)})
ORDER BY occurred_at, id`;
}
