import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { optOutHonouringWith } from './opt-out-honouring.fragment';

export interface OptOutHonouringFiguresRow {
  opt_outs: number;
  honoured: number;
  messages_after: number;
  /** Over the opt-outs that were not honoured; null when every one was. */
  median_delay_seconds: number | null;
  max_delay_seconds: number | null;
}

/** The period's opt-outs: how many, how many honoured (no message after), messages after them, delays. */
export function optOutHonouringQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH ${optOutHonouringWith(db)}
SELECT
    toUInt32(count()) AS opt_outs,
    toUInt32(countIf(after_count = 0)) AS honoured,
    toUInt32(sum(after_count)) AS messages_after,
    if(countIf(after_count > 0) = 0, NULL, quantileExactInclusiveIf(0.5)(delay_seconds, after_count > 0))
        AS median_delay_seconds,
    if(countIf(after_count > 0) = 0, NULL, maxIf(delay_seconds, after_count > 0)) AS max_delay_seconds
FROM honouring`;
}
