import { FunnelChart, type FunnelSeries, type FunnelStep } from '@web/components/charts/funnel-chart';
import type { DrillStatus } from '@web/components/messages-panel/drill';
import { DataTable, type Column } from '@web/components/ui/data-table';
import type { EngagementDrillDown } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { CHANNEL_COLORS } from '@web/lib/channels';
import { lowestWithSample, MIN_SAMPLE } from '../leader';
import { useFigure } from '../unavailable';
import { useTableSort, type Sorter } from '../use-table-sort';
import { channelKey, missingReason, type FunnelData, type FunnelRowData } from './funnel-data';

const STEPS = ['sent', 'delivered', 'read', 'replied', 'converted'] as const;
/** Steps whose messages the API can list (replies and conversions are not message states). */
const DRILLABLE: ReadonlySet<string> = new Set<DrillStatus>(['sent', 'delivered', 'read']);
const FALLBACK_COLOR = '#4f5964';

/**
 * The channel funnels side by side: who is read fastest, a chart of the share reaching each step, and a sortable
 * table with every figure (CSV in the order shown). Counts of sent, delivered and read list their messages.
 */
export function FunnelComparison({
  funnel,
  onDrill,
}: {
  funnel: FunnelData;
  onDrill: (drill: EngagementDrillDown) => void;
}) {
  const { t, fmt } = useI18n();
  const figure = useFigure();
  const rows = funnel.rows;
  const fastest = lowestWithSample(
    rows,
    (r) => r.medianSecondsToRead,
    (r) => r.read,
  );
  const name = (r: FunnelRowData) =>
    r === funnel.total ? t('funnel.total') : r.channel ? t(`channel.${r.channel}`) : r.label;
  const drill = (r: FunnelRowData, status: DrillStatus) =>
    onDrill({ dimension: 'CHANNEL', key: channelKey(r), ...(status === 'sent' ? {} : { status }) });

  const steps: FunnelStep[] = STEPS.map((step) => ({ key: step, label: t(`funnel.step.${step}`) }));
  const series: FunnelSeries[] = rows.map((r) => ({
    key: r.key,
    label: name(r),
    color: r.channel ? CHANNEL_COLORS[r.channel] : FALLBACK_COLOR,
    counts: [r.sent, r.delivered ?? null, r.read ?? null, r.replied, r.converted],
  }));
  const alt = rows
    .map((r) =>
      t('funnel.chartAltRow', {
        channel: name(r),
        read: figure.ratio(r.readRate, missingReason(r, 'readRate')),
        replied: figure.ratio(r.replyRate, missingReason(r, 'replyRate')),
        converted: figure.ratio(r.conversionRate, missingReason(r, 'conversionRate')),
      }),
    )
    .join('; ');

  const missing = (r: FunnelRowData, field: string) => t(`unavailableShort.${missingReason(r, field)}`);
  const count = (r: FunnelRowData, field: 'delivered' | 'read') => {
    const value = r[field];
    if (value === null || value === undefined) return missing(r, field);
    if (r === funnel.total || value === 0) return fmt.count(value);
    return (
      <button type="button" className="link-button" onClick={() => drill(r, field)}>
        {fmt.count(value)}
      </button>
    );
  };
  const perThousand = (r: FunnelRowData, field: 'optOutRate' | 'complaintRate') => {
    const value = r[field];
    return value === null || value === undefined ? missing(r, field) : fmt.perThousand(value);
  };
  const money = (r: FunnelRowData, field: 'cost' | 'costPerMessage') => {
    const value = r[field];
    if (value !== null && value !== undefined) return fmt.money(value, funnel.currency);
    return r.unavailable.some((u) => u.field === field) ? missing(r, field) : t('funnel.noPrice');
  };
  const numeric = (key: keyof FunnelRowData, first: Sorter<FunnelRowData>['first'] = 'descending') => ({
    value: (r: FunnelRowData) => r[key] as number | null | undefined,
    first,
  });
  const sorters: Record<string, Sorter<FunnelRowData>> = {
    channel: { value: name, first: 'ascending' },
    sent: numeric('sent'),
    delivered: numeric('delivered'),
    read: numeric('read'),
    replied: numeric('replied'),
    converted: numeric('converted'),
    deliveryRate: numeric('deliveryRate'),
    readRate: numeric('readRate'),
    replyRate: numeric('replyRate'),
    conversionRate: numeric('conversionRate'),
    medianSecondsToRead: numeric('medianSecondsToRead', 'ascending'),
    medianSecondsToReply: numeric('medianSecondsToReply', 'ascending'),
    optOutRate: numeric('optOutRate', 'ascending'),
    complaintRate: numeric('complaintRate', 'ascending'),
    cost: numeric('cost', 'ascending'),
    costPerMessage: numeric('costPerMessage', 'ascending'),
  };
  const sorted = useTableSort(rows, sorters);
  const csvNumber = (key: keyof FunnelRowData) => (r: FunnelRowData) => r[key] as number | null | undefined;
  const base: Column<FunnelRowData>[] = [
    {
      key: 'channel',
      header: t('column.channel'),
      cell: (r) =>
        r === funnel.total ? (
          <strong>{name(r)}</strong>
        ) : (
          <>
            <button type="button" className="link-button" onClick={() => drill(r, 'sent')}>
              {name(r)}
            </button>
            {r === fastest && <span className="badge badge-leader">{t('funnel.fastestRead')}</span>}
          </>
        ),
      csv: (r) => (r === funnel.total ? 'total' : r.channel ? r.channel.toLowerCase() : r.key),
      sortable: true,
    },
    { key: 'sent', header: t('column.sent'), cell: (r) => fmt.count(r.sent), csv: csvNumber('sent') },
    {
      key: 'delivered',
      header: t('column.delivered'),
      cell: (r) => count(r, 'delivered'),
      csv: csvNumber('delivered'),
    },
    { key: 'read', header: t('column.read'), cell: (r) => count(r, 'read'), csv: csvNumber('read') },
    { key: 'replied', header: t('funnel.step.replied'), cell: (r) => fmt.count(r.replied), csv: csvNumber('replied') },
    {
      key: 'converted',
      header: t('funnel.step.converted'),
      cell: (r) => fmt.count(r.converted),
      csv: csvNumber('converted'),
    },
    {
      key: 'deliveryRate',
      header: t('column.deliveryRate'),
      cell: (r) => figure.ratio(r.deliveryRate, missingReason(r, 'deliveryRate')),
      csv: csvNumber('deliveryRate'),
    },
    {
      key: 'readRate',
      header: t('column.readRate'),
      cell: (r) => figure.ratio(r.readRate, missingReason(r, 'readRate')),
      csv: csvNumber('readRate'),
    },
    {
      key: 'replyRate',
      header: t('funnel.column.replyRate'),
      cell: (r) => figure.ratio(r.replyRate, missingReason(r, 'replyRate')),
      csv: csvNumber('replyRate'),
    },
    {
      key: 'conversionRate',
      header: t('funnel.column.conversionRate'),
      cell: (r) => figure.ratio(r.conversionRate, missingReason(r, 'conversionRate')),
      csv: csvNumber('conversionRate'),
    },
    {
      key: 'medianSecondsToRead',
      header: t('kpi.medianTimeToRead'),
      cell: (r) => figure.seconds(r.medianSecondsToRead, missingReason(r, 'medianSecondsToRead')),
      csv: csvNumber('medianSecondsToRead'),
    },
    {
      key: 'medianSecondsToReply',
      header: t('funnel.column.medianTimeToReply'),
      cell: (r) => figure.seconds(r.medianSecondsToReply, missingReason(r, 'medianSecondsToReply')),
      csv: csvNumber('medianSecondsToReply'),
    },
    {
      key: 'optOutRate',
      header: t('funnel.column.optOutRate'),
      cell: (r) => perThousand(r, 'optOutRate'),
      csv: csvNumber('optOutRate'),
    },
    {
      key: 'complaintRate',
      header: t('funnel.column.complaintRate'),
      cell: (r) => perThousand(r, 'complaintRate'),
      csv: csvNumber('complaintRate'),
    },
    {
      key: 'cost',
      header: t('funnel.column.cost', { currency: funnel.currency }),
      cell: (r) => money(r, 'cost'),
      csv: csvNumber('cost'),
    },
    {
      key: 'costPerMessage',
      header: t('funnel.column.costPerMessage', { currency: funnel.currency }),
      cell: (r) => money(r, 'costPerMessage'),
      csv: csvNumber('costPerMessage'),
    },
  ];
  const columns = base.map((column) =>
    column.key === 'channel' ? column : { ...column, numeric: true, sortable: true },
  );

  return (
    <>
      <p className="leader-note" data-testid="fastest-read">
        {fastest && fastest.medianSecondsToRead !== null && fastest.medianSecondsToRead !== undefined ? (
          <>
            <span className="badge badge-leader">{t('funnel.fastestRead')}</span>{' '}
            {t('funnel.fastestReadTile', {
              channel: name(fastest),
              time: fmt.seconds(fastest.medianSecondsToRead),
              n: fmt.count(fastest.read ?? 0),
            })}
          </>
        ) : (
          t('funnel.fastestNone', { min: MIN_SAMPLE })
        )}
      </p>
      <FunnelChart
        steps={steps}
        series={series}
        label={t('funnel.chartAlt', { summary: alt })}
        selectable={(_, step) => DRILLABLE.has(step)}
        onSelect={(key, step) => {
          const row = rows.find((r) => r.key === key);
          if (row) drill(row, step as DrillStatus);
        }}
      />
      <p className="chart-note">{t('funnel.clickHint')}</p>
      <DataTable<FunnelRowData>
        caption={t('funnel.title')}
        captionHidden
        exportName="funnel-by-channel"
        rows={rows.length > 1 ? [...sorted.rows, funnel.total] : sorted.rows}
        rowKey={(r) => (r === funnel.total ? 'total' : r.key)}
        rowClassName={(r) => (r === funnel.total ? 'row-total' : r === fastest ? 'row-leader' : undefined)}
        columns={columns}
        sort={sorted.sort}
        onSort={sorted.onSort}
      />
    </>
  );
}
