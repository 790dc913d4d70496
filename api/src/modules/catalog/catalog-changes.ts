import type { CatalogItem } from './catalog-item.entity';
import type { CatalogItemChange } from './catalog-item.validation';

export interface CatalogPlan {
  /** Rows to write (new or changed). */
  save: CatalogItem[];
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
}

/**
 * What an import changes, given the stored items with the same ids: a new item is created; a stored one whose title,
 * description, url or account differ, or that was removed, gets the new content and `updated_at` = now (its
 * violation is judged again); a removal marks a live item removed (its content and `updated_at` stay, so the
 * violation's month is known); anything else — the same content again, the removal of an unknown or removed
 * item — is unchanged, so re-importing a file changes nothing.
 */
export function planCatalogChanges(
  tenantId: string,
  stored: readonly CatalogItem[],
  changes: readonly CatalogItemChange[],
  now: Date,
): CatalogPlan {
  const byId = new Map(stored.map((item) => [item.itemId, item]));
  const plan: CatalogPlan = { save: [], created: 0, updated: 0, removed: 0, unchanged: 0 };
  for (const change of changes) {
    const item = byId.get(change.itemId);
    if (change.removed) {
      if (item && item.removedAt === null) {
        plan.save.push({ ...item, removedAt: now });
        plan.removed += 1;
      } else plan.unchanged += 1;
      continue;
    }
    const content = {
      accountId: change.accountId,
      title: change.title,
      description: change.description,
      url: change.url,
    };
    if (!item) {
      plan.save.push({ tenantId, itemId: change.itemId, ...content, createdAt: now, updatedAt: now, removedAt: null });
      plan.created += 1;
    } else if (
      item.removedAt !== null ||
      item.accountId !== content.accountId ||
      item.title !== content.title ||
      item.description !== content.description ||
      item.url !== content.url
    ) {
      plan.save.push({ ...item, ...content, updatedAt: now, removedAt: null });
      plan.updated += 1;
    } else plan.unchanged += 1;
  }
  return plan;
}
