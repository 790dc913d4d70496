import type { ReactNode } from 'react';
import { useI18n } from '@web/i18n/i18n-context';
import { downloadText, toCsv } from '@web/lib/csv';
import { useRefreshing } from './data-state';

export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** The raw value written to CSV (numbers unformatted); columns without it are left out of the export. */
  csv?: (row: Row) => string | number | boolean | null | undefined;
  numeric?: boolean;
  /** The header becomes a sort button when the table has `onSort`. */
  sortable?: boolean;
}

export interface TableSort {
  key: string;
  direction: 'ascending' | 'descending';
}

export interface DataTableProps<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** File name (without extension) for the CSV export; omitted = no export button. */
  exportName?: string;
  captionHidden?: boolean;
  /** The column the rows are sorted by (the caller sorts them), announced through aria-sort. */
  sort?: TableSort;
  onSort?: (key: string) => void;
  rowClassName?: (row: Row) => string | undefined;
}

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  exportName,
  captionHidden,
  sort,
  onSort,
  rowClassName,
}: DataTableProps<Row>) {
  const { t } = useI18n();
  // Rows on screen during a refetch belong to the previous question; an export waits for the answer.
  const refreshing = useRefreshing();
  const exportCsv = () => {
    const csvColumns = columns.flatMap((c) => (c.csv ? [{ header: c.header, value: c.csv }] : []));
    downloadText(`${exportName}.csv`, toCsv(csvColumns, rows));
  };
  return (
    <div className="table-block">
      {exportName && (
        <div className="table-tools">
          <button type="button" className="button button-small" onClick={exportCsv} disabled={refreshing}>
            {t('common.exportCsv')}
          </button>
        </div>
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="table">
          <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={column.numeric ? 'numeric' : undefined}
                  aria-sort={
                    onSort && column.sortable ? (sort?.key === column.key ? sort.direction : 'none') : undefined
                  }
                >
                  {onSort && column.sortable ? (
                    <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                      {column.header}
                      <span aria-hidden="true" className="sort-mark">
                        {sort?.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)} className={rowClassName?.(row)}>
                {columns.map((column) => (
                  <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
