import { conversationsSource } from './support-scope.fragment';
import { LIST_WHERE } from './support-conversations.query';

/** How many conversations the list holds (without the cursor). */
export function supportConversationCountQuery(database: string, slots: number): string {
  return `
SELECT toUInt32(count()) AS total
FROM ${conversationsSource(database, slots)}
WHERE ${LIST_WHERE}`;
}
