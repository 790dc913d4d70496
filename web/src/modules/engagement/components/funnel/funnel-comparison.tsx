import type { ReactNode } from 'react';
import { FunnelChart, type FunnelSeries, type FunnelStep } from '@web/components/charts/funnel-chart';
import type { DrillStatus } from '@web/components/messages-panel/drill';
import { DataTable, type Column } from '@web/components/ui/data-table';
import { useTableSort, type Sorter } from '@web/components/ui/use-table-sort';
import type { EngagementDrillDown } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { CHANNEL_COLORS } from '@web/lib/channels';
import { lowestWithSample, MIN_SAMPLE } from '../leader';
import { useFigure } from '../unavailable';
import { channelKey, missingReason, type FunnelData, type FunnelRowData } from './funnel-data';

const STEPS = ['sent', 'delivered', 'read', 'replied', 'converted'] as const;
/** Steps whose messages the API can list (replies and conversions are not message states). */
const DRILLABLE: ReadonlySet<string> = new Set<DrillStatus>(['sent', 'delivered', 'read']);
const FALLBACK_COLOR = '#4f5964';

type RatioKey = 'deliveryRate' | 'readRate' | 'replyRate' | 'conversionRate';
type SecondsKey = 'medianSecondsToRead' | 'medianSecondsToReply';
type NumberKey =
  | RatioKey
  | SecondsKey
  | 'sent'
  | 'delivered'
  | 'read'
  | 'replied'
  | 'converted'
  | 'optOutRate'
  | 'complaintRate'
  | 'cost'
  | 'costPerMessage';

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
  // Every figure column exports its raw value; the cell says how it reads.
  const column = (key: NumberKey, header: string, cell: (r: FunnelRowData) => ReactNode): Column<FunnelRowData> => ({
    key,
    header,
    cell,
    csv: (r) => r[key],
  });
  const ratio = (key: RatioKey, header: string) =>
    column(key, header, (r) => figure.ratio(r[key], missingReason(r, key)));
  const seconds = (key: SecondsKey, header: string) =>
    column(key, header, (r) => figure.seconds(r[key], missingReason(r, key)));
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
    column('sent', t('column.sent'), (r) => fmt.count(r.sent)),
    column('delivered', t('column.delivered'), (r) => count(r, 'delivered')),
    column('read', t('column.read'), (r) => count(r, 'read')),
    column('replied', t('funnel.step.replied'), (r) => fmt.count(r.replied)),
    column('converted', t('funnel.step.converted'), (r) => fmt.count(r.converted)),
    ratio('deliveryRate', t('column.deliveryRate')),
    ratio('readRate', t('column.readRate')),
    ratio('replyRate', t('funnel.column.replyRate')),
    ratio('conversionRate', t('funnel.column.conversionRate')),
    seconds('medianSecondsToRead', t('kpi.medianTimeToRead')),
    seconds('medianSecondsToReply', t('funnel.column.medianTimeToReply')),
    column('optOutRate', t('funnel.column.optOutRate'), (r) => perThousand(r, 'optOutRate')),
    column('complaintRate', t('funnel.column.complaintRate'), (r) => perThousand(r, 'complaintRate')),
    column('cost', t('funnel.column.cost', { currency: funnel.currency }), (r) => money(r, 'cost')),
    column('costPerMessage', t('funnel.column.costPerMessage', { currency: funnel.currency }), (r) =>
      money(r, 'costPerMessage'),
    ),
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
