import { nextSort as nextTableSort, type SortDirection } from '@web/components/ui/sort-rows';
import type { PerformanceRow } from './campaign-types';

export type SortKey =
  | 'label'
  | 'conversations'
  | 'uniqueContacts'
  | 'newOptIns'
  | 'messagesSent'
  | 'replies'
  | 'conversions'
  | 'revenue'
  | 'spend'
  | 'costPerConversation'
  | 'costPerConversion'
  | 'roas';
export type { SortDirection };

export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

/** The question the page answers first: which campaign brings conversions cheapest. */
export const DEFAULT_SORT: Sort = { key: 'costPerConversion', direction: 'ascending' };

/** Costs read best cheapest first, names A–Z; counts, money and ROAS biggest first. */
export function firstDirection(key: SortKey): SortDirection {
  return key === 'label' || key === 'costPerConversation' || key === 'costPerConversion' ? 'ascending' : 'descending';
}

/** Clicking the sorted column flips it; another column starts in its natural direction. */
export function nextSort(current: Sort, key: SortKey): Sort {
  return { key, direction: nextTableSort(current, key, firstDirection(key)).direction };
}

const value = (row: PerformanceRow, key: Exclude<SortKey, 'label'>): number | null => {
  const v = row[key];
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
};

/**
 * Rows in the chosen order. Rows without the figure (no spend, no conversions: cost per conversion "—") go last
 * whichever the direction, and among them those with more conversions first; rows without conversions sort
 * below every row with conversions when ordering by a conversion-based figure.
 */
export function sortRows(rows: readonly PerformanceRow[], sort: Sort): PerformanceRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byConversions = sort.key === 'costPerConversion' || sort.key === 'roas';
  const tieBreak = (a: PerformanceRow, b: PerformanceRow) =>
    b.conversions - a.conversions || b.conversations - a.conversations || a.label.localeCompare(b.label);
  return [...rows].sort((a, b) => {
    if (sort.key === 'label') return sign * a.label.localeCompare(b.label) || tieBreak(a, b);
    if (byConversions && a.conversions > 0 !== b.conversions > 0) return a.conversions > 0 ? -1 : 1;
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    if (x === null || y === null) return x === y ? tieBreak(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || tieBreak(a, b);
  });
}

/**
 * The key of the row whose conversions cost least: paid rows only (spend above 0) with at least one conversion,
 * so a free or organic source is never called the cheapest campaign. Null when no row qualifies.
 */
export function cheapestKey(rows: readonly PerformanceRow[]): string | null {
  let best: PerformanceRow | null = null;
  for (const row of rows) {
    const cost = row.costPerConversion;
    if (row.conversions <= 0 || !row.spend || row.spend <= 0 || cost === null || cost === undefined) continue;
    if (
      !best ||
      cost < (best.costPerConversion as number) ||
      (cost === best.costPerConversion && row.conversions > best.conversions)
    )
      best = row;
  }
  return best?.key ?? null;
}
