import type { TableSort } from '@web/components/ui/data-table';

export type SortDirection = TableSort['direction'];
export type SortValue = number | string | null | undefined;

/**
 * Rows ordered by one value. Missing values ("not measurable", "no data") always go last, whichever the
 * direction, so a channel without read receipts never tops a "fastest" or "lowest" ranking; ties keep their order.
 */
export function sortRows<Row>(rows: readonly Row[], value: (row: Row) => SortValue, direction: SortDirection): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: value(row) }))
    .sort((a, b) => {
      const aMissing = a.value === null || a.value === undefined;
      const bMissing = b.value === null || b.value === undefined;
      if (aMissing || bMissing) return aMissing === bMissing ? a.index - b.index : aMissing ? 1 : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : String(a.value).localeCompare(String(b.value));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((entry) => entry.row);
}

/** The next sort when a header is pressed: another column starts in its natural direction, the same one flips. */
export function nextSort(current: TableSort | null, key: string, firstDirection: SortDirection): TableSort {
  if (current?.key !== key) return { key, direction: firstDirection };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
