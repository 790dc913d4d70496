import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { complaintsInScopeWhere } from './complaints-in-scope.fragment';

export interface ComplaintsRow {
  day: string;
  complaints: number;
}

/**
 * Complaints (blocks, spam reports, marketing stops, negative feedback, unsubscribe requests) by day in the
 * tenant's time zone, on channels that report delivery (the complaint rate divides by delivered messages).
 * Each event id counts once. A campaign filter selects complaints naming the campaign or about one of its
 * messages; an agent filter, complaints about a message those agents sent.
 */
export function complaintsQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
SELECT
    toString(complaint_day) AS day,
    toUInt32(count()) AS complaints
FROM
(
    SELECT id, any(toDate(occurred_at, {tz:String})) AS complaint_day
    FROM ${db}.events
${complaintsInScopeWhere(db)}
    GROUP BY id
)
GROUP BY complaint_day
ORDER BY day`;
}
