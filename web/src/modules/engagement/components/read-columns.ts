import type { Column } from '@web/components/ui/data-table';
import type { Translate } from '@web/i18n/translate';
import { timeReason, type useFigure } from './unavailable';

/** Read rate and median time to read for rows of one read-receipt state (a day, an hour of the week). */
export function readColumns<Row extends { readRate?: number | null; medianSeconds?: number | null }>(
  t: Translate,
  figure: ReturnType<typeof useFigure>,
  readReceipts: boolean,
): Column<Row>[] {
  return [
    {
      key: 'readRate',
      header: t('column.readRate'),
      cell: (r) => figure.ratio(r.readRate, readReceipts ? 'NO_DATA' : 'NOT_MEASURABLE'),
      csv: (r) => r.readRate,
      numeric: true,
    },
    {
      key: 'median',
      header: t('kpi.medianTimeToRead'),
      cell: (r) => figure.seconds(r.medianSeconds, timeReason(readReceipts)),
      csv: (r) => r.medianSeconds,
      numeric: true,
    },
  ];
}
