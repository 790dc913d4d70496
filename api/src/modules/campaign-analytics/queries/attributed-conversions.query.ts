import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { creditedConversionsSelect, type ModelValue } from './credited-conversions.fragment';
import { DRILL_DOWN_FILTER, TOUCH_FILTER, TOUCH_WINDOW_WITH } from './touch-window.fragment';

export interface AttributedConversionRow {
  id: string;
  at_ms: string;
  kind: string;
  contact_id: string;
  value: number | null;
  currency: string;
  order_id: string;
  campaign_key: string;
  source_kind: string;
  touch_id: string;
  touch_ms: string | null;
  channel: string;
  /** All rows matching the filter and drill-down, before the cursor (64-bit, a string). */
  total: string;
}

/**
 * The period's conversions with the touch credited under the model, newest first by (time, event id), after
 * the cursor when {filterAfter} is set, at most {limit} rows.
 */
export function attributedConversionsQuery(
  database: string,
  { model, codeChunks }: { model: ModelValue; codeChunks: number },
): string {
  const db = quoteIdentifier(database);
  return `
WITH ${TOUCH_WINDOW_WITH}
SELECT *
FROM
(
    SELECT
        id,
        toString(toUnixTimestamp64Milli(at)) AS at_ms,
        kind,
        contact_id,
        value,
        currency,
        order_id,
        campaign_key,
        source_kind,
        touch_id,
        toString(toUnixTimestamp64Milli(touch_at)) AS touch_ms,
        channel,
        toString(count() OVER ()) AS total
    FROM (${creditedConversionsSelect(db, model, codeChunks)})
    WHERE ${TOUCH_FILTER} AND ${DRILL_DOWN_FILTER}
)
WHERE NOT {filterAfter:Bool} OR (toInt64(at_ms), id) < ({afterMs:Int64}, {afterId:String})
ORDER BY toInt64(at_ms) DESC, id DESC
LIMIT {limit:UInt32}`;
}
