import { DataTable, type DataTableProps } from '@web/components/ui/data-table';
import { useI18n } from '@web/i18n/i18n-context';

/** The numbers behind a chart, folded under "Show the data": its text alternative, with CSV export. */
export function ChartData<Row>(props: Omit<DataTableProps<Row>, 'captionHidden'>) {
  const { t } = useI18n();
  return (
    <details className="chart-data">
      <summary>{t('common.showData')}</summary>
      <DataTable<Row> {...props} captionHidden />
    </details>
  );
}
