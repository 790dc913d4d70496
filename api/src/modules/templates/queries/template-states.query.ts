import { quoteIdentifier } from '@checkmark/schemas/warehouse';

/** A template's current state as its template.updated events last reported it ('' = never reported). */
export interface TemplateStateRow {
  channel: string;
  /** The account the platform reports templates under (on WhatsApp the business account, WABA). */
  account_id: string;
  name: string;
  language: string;
  status: string;
  quality: string;
  category: string;
  /** Milliseconds since the epoch of the latest update (64-bit, so a string). */
  updated_at_ms: string;
}

/**
 * The latest status, quality and category of the named templates, each from the latest template.updated event
 * that carried it (an event that only changes quality keeps the status). All history counts: no time horizon.
 * FINAL collapses replayed events (same id) to one row.
 */
export function templateStatesQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    channel,
    account_id,
    template_name AS name,
    template_language AS language,
    argMaxIf(status, (occurred_at, id), status != '') AS status,
    argMaxIf(quality_rating, (occurred_at, id), quality_rating != '') AS quality,
    argMaxIf(template_category, (occurred_at, id), template_category != '') AS category,
    toString(toUnixTimestamp64Milli(max(occurred_at))) AS updated_at_ms
FROM ${db}.events FINAL
WHERE tenant_id = {tenant:String}
    AND type = 'template.updated'
    AND template_name IN {names:Array(String)}
GROUP BY channel, account_id, name, language
ORDER BY channel, account_id, name, language`;
}
