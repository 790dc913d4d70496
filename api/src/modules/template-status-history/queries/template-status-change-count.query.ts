import { quoteIdentifier } from '@checkmark/schemas/warehouse';
import { templateStatusChangesWith } from './template-status-changes.fragment';

/** How many changes the list selects (without its cursor). */
export function templateStatusChangeCountQuery(database: string): string {
  const db = quoteIdentifier(database);
  return `
WITH ${templateStatusChangesWith(db)}
SELECT toUInt32(count()) AS total
FROM changes`;
}
