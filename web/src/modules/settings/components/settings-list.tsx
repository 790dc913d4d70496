import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable, type Column } from '@web/components/ui/data-table';
import { useI18n } from '@web/i18n/i18n-context';
import { FormStatus } from './form-status';
import { Pager } from '@web/components/ui/pager';
import type { PagedList } from './use-paged-list';

interface SettingsListProps<Row extends { id: string }> {
  /** Card heading and the table's (hidden) caption. */
  title: string;
  list: PagedList<Row>;
  columns: Column<Row>[];
  /** Row buttons, in a trailing "Actions" column; omitted = no such column (read-only viewers). */
  actions?: ((row: Row) => ReactNode) | undefined;
  /** File name of the CSV export. */
  exportName: string;
  emptyText?: string;
  /** The last row action's failure (delete, revoke, role change), shown above the table. */
  actionError?: CombinedError | undefined;
  /** Controls above the table, e.g. a search box. */
  toolbar?: ReactNode;
  /** Rendered inside the card below the table, e.g. a compact create form. */
  children?: ReactNode;
}

/** A settings card with one paged table: loading, error (with retry) and empty states, CSV export and pager. */
export function SettingsList<Row extends { id: string }>({
  title,
  list,
  columns,
  actions,
  exportName,
  emptyText,
  actionError,
  toolbar,
  children,
}: SettingsListProps<Row>) {
  const { t } = useI18n();
  const { connection } = list;
  const allColumns: Column<Row>[] = actions
    ? [...columns, { key: 'actions', header: t('column.actions'), cell: actions }]
    : columns;
  return (
    <Card title={title}>
      {toolbar}
      <FormStatus error={actionError} saved={false} />
      <DataState
        fetching={list.fetching}
        error={list.error}
        empty={!connection?.nodes.length}
        emptyText={emptyText}
        onRetry={list.refetch}
      >
        {connection && (
          <>
            <DataTable
              caption={title}
              captionHidden
              exportName={exportName}
              rows={connection.nodes}
              rowKey={(row) => row.id}
              columns={allColumns}
            />
            <Pager connection={connection} pager={list.pager} />
          </>
        )}
      </DataState>
      {children}
    </Card>
  );
}
