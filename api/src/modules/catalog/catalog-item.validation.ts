import type { CatalogImportIssue, CatalogItemValues } from './catalog-import.parser';

/** A valid catalog row: the item's content, or its removal. */
export type CatalogItemChange =
  | { itemId: string; removed: false; accountId: string; title: string; description: string; url: string | null }
  | { itemId: string; removed: true };

export const CATALOG_LIMITS = { itemId: 200, accountId: 128, title: 500, description: 10_000, url: 2000 } as const;

// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Checks one row: `itemId` required; `title` required unless `removed` is true; lengths within the columns; `url`
 * an absolute http(s) URL; `removed` true or false. The row's account id, else the import's, else ''.
 */
export function toCatalogItemChange(
  values: CatalogItemValues,
  row: number,
  defaultAccountId: string,
): { change: CatalogItemChange; issues?: undefined } | { change?: undefined; issues: CatalogImportIssue[] } {
  const issues: CatalogImportIssue[] = [];
  const fail = (field: string, code: string, message: string) => issues.push({ row, field, code, message });
  const text = (field: keyof typeof CATALOG_LIMITS, required: boolean): string => {
    const value = (values[field] ?? '').trim();
    if (required && value === '') fail(field, 'REQUIRED', `${field} is required`);
    else if (value.length > CATALOG_LIMITS[field]) {
      fail(field, 'TOO_LONG', `${field} may hold at most ${CATALOG_LIMITS[field]} characters`);
    } else if (field !== 'description' && CONTROL.test(value)) {
      fail(field, 'INVALID_VALUE', `${field} holds control characters`);
    }
    return value;
  };
  const removedText = (values.removed ?? 'false').trim().toLowerCase();
  if (removedText !== 'true' && removedText !== 'false') fail('removed', 'INVALID_VALUE', 'must be true or false');
  const removed = removedText === 'true';
  const itemId = text('itemId', true);
  const title = text('title', !removed);
  const description = text('description', false);
  const url = text('url', false);
  const accountId = text('accountId', false) || defaultAccountId;
  if (url !== '' && !isHttpUrl(url)) fail('url', 'INVALID_URL', 'must be an absolute http(s) URL');
  if (issues.length) return { issues };
  if (removed) return { change: { itemId, removed: true } };
  return { change: { itemId, removed: false, accountId, title, description, url: url || null } };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
