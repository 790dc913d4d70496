import type { SlaKind } from '../../sla-settings/sla-settings-value';
import { listWhere } from './support-conversations.query';
import { conversationsSource, type SupportSqlShape } from './support-scope.fragment';

/** How many conversations the list holds (without the cursor). */
export function supportConversationCountQuery(
  database: string,
  shape: SupportSqlShape,
  breach: SlaKind | null,
): string {
  return `
SELECT toUInt32(count()) AS total
FROM ${conversationsSource(database, shape, { replies: breach === 'NEXT_REPLY' })}
WHERE ${listWhere(shape, breach)}`;
}
