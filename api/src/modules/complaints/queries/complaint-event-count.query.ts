import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { complaintEventsWith } from './complaint-events.fragment';

/** How many complaints a drill-down selects, whatever the page. */
export function complaintEventCountQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH ${complaintEventsWith(db)}
SELECT toUInt32(count()) AS total
FROM selected`;
}
