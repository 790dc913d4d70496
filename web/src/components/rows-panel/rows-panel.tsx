import { useEffect, useRef } from 'react';
import type { CombinedError } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable, type Column } from '@web/components/ui/data-table';
import { Pager, type Connection } from '@web/components/ui/pager';
import type { usePager } from '@web/components/ui/use-pager';
import { useI18n } from '@web/i18n/i18n-context';

interface RowsPanelProps<Row> {
  title: string;
  /** The current page of rows, once loaded. */
  connection: Connection<Row> | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
  pager: ReturnType<typeof usePager>;
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
  emptyText: string;
  /** File name of the CSV export of the page shown, without extension. */
  exportName: string;
  onClose: () => void;
  testId?: string;
}

/**
 * The rows behind one chart element or table row (conversations, conversions…), a page at a time with CSV
 * export; focus moves here when it opens so keyboard and screen-reader users land on the list they asked for.
 */
export function RowsPanel<Row>({
  title,
  connection,
  fetching,
  error,
  onRetry,
  pager,
  columns,
  rowKey,
  emptyText,
  exportName,
  onClose,
  testId = 'rows-panel',
}: RowsPanelProps<Row>) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  const rows = connection?.nodes ?? [];
  return (
    <div ref={ref} tabIndex={-1} className="drill-panel" data-testid={testId}>
      <Card
        title={title}
        className="card-wide"
        actions={
          <button type="button" className="button button-small" onClick={onClose}>
            {t('common.close')}
          </button>
        }
      >
        <DataState
          fetching={fetching}
          error={error}
          empty={rows.length === 0}
          emptyText={connection ? emptyText : undefined}
          onRetry={onRetry}
        >
          <DataTable<Row>
            caption={title}
            captionHidden
            exportName={exportName}
            rows={rows}
            rowKey={rowKey}
            columns={columns}
          />
          {connection && <Pager connection={connection} pager={pager} />}
        </DataState>
      </Card>
    </div>
  );
}
