import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { creditedConversionsSelect, type ModelValue } from './credited-conversions.fragment';
import { GROUP_KEY, TOUCH_FILTER, TOUCH_WINDOW_WITH } from './touch-window.fragment';

/** Per group and currency (day ''), per day and currency (key ''), per currency (both ''). */
export interface ConversionStatsRow {
  key: string;
  day: string;
  currency: string;
  conversions: number;
  /** Conversions with a value. */
  valued: number;
  /** Sum of the values in `currency`. */
  value: number;
}

/**
 * The period's conversions credited under the model, by the group of the credited touch ({dimension}; organic
 * without one), by conversion day and in total, split by currency so the service converts each sum with the
 * tenant's rates.
 */
export function conversionStatsQuery(
  database: string,
  { model, codeChunks }: { model: ModelValue; codeChunks: number },
): string {
  const db = quoteIdentifier(database);
  return `
WITH ${TOUCH_WINDOW_WITH}
SELECT
    if(grouping(group_key) = 1, '', group_key) AS key,
    if(grouping(group_day) = 1, '', toString(group_day)) AS day,
    currency,
    -- one row per conversion id: the ASOF join adds at most one touch to each
    toUInt32(count()) AS conversions,
    toUInt32(countIf(amount IS NOT NULL)) AS valued,
    sum(ifNull(amount, 0)) AS value
FROM
(
    SELECT id, value AS amount, currency, ${GROUP_KEY} AS group_key, toDate(at, {tz:String}) AS group_day
    FROM (${creditedConversionsSelect(db, model, codeChunks)})
    WHERE ${TOUCH_FILTER}
)
GROUP BY GROUPING SETS ((group_key, currency), (group_day, currency), (currency))`;
}
