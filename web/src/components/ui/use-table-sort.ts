import { useCallback, useMemo, useState } from 'react';
import type { TableSort } from '@web/components/ui/data-table';
import { nextSort, sortRows, type SortDirection, type SortValue } from './sort-rows';

/** How a column sorts: its value, and the direction of the first press (times and costs read best lowest first). */
export interface Sorter<Row> {
  value: (row: Row) => SortValue;
  first: SortDirection;
}

/** Client-side sorting for a DataTable: the rows in the chosen order, the sort to show and the header handler. */
export function useTableSort<Row>(
  rows: readonly Row[],
  sorters: Record<string, Sorter<Row>>,
  initial: TableSort | null = null,
) {
  const [sort, setSort] = useState<TableSort | null>(initial);
  const sorter = sort ? sorters[sort.key] : undefined;
  const sorted = useMemo(
    () => (sort && sorter ? sortRows(rows, sorter.value, sort.direction) : [...rows]),
    [rows, sort, sorter],
  );
  const onSort = useCallback(
    (key: string) => setSort((current) => nextSort(current, key, sorters[key]?.first ?? 'descending')),
    [sorters],
  );
  return { rows: sorted, sort: sort ?? undefined, onSort };
}
