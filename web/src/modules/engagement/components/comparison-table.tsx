import type { UseQueryState } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import { HowComputed } from '@web/components/ui/how-computed';
import { OptionSelect } from '@web/components/ui/option-select';
import { useTableSort, type Sorter } from '@web/components/ui/use-table-sort';
import type {
  EngagementDimension,
  EngagementDrillDown,
  EngagementQuery,
  EngagementQueryVariables,
} from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { DIMENSIONS } from '../engagement-params';
import { lowestWithSample } from './leader';
import { timeReason, useFigure } from './unavailable';

type Result = UseQueryState<EngagementQuery, EngagementQueryVariables>;
type Row = EngagementQuery['engagement']['groups'][number];

const SORTERS: Record<string, Sorter<Row>> = {
  sent: { value: (r) => r.stats.sent, first: 'descending' },
  delivered: { value: (r) => r.stats.delivered, first: 'descending' },
  read: { value: (r) => (r.stats.readReceipts ? r.stats.read : null), first: 'descending' },
  deliveryRate: { value: (r) => r.stats.deliveryRate, first: 'descending' },
  readRate: { value: (r) => r.stats.readRate, first: 'descending' },
  median: { value: (r) => r.stats.medianSeconds, first: 'ascending' },
  p90: { value: (r) => r.stats.p90Seconds, first: 'ascending' },
  timedReads: { value: (r) => r.stats.timedReads, first: 'descending' },
};

/** Delivery, read rates and read times side by side per channel, number, template, category or campaign. */
export function ComparisonTable({
  result,
  onRetry,
  dimension,
  onDimension,
  onDrill,
}: {
  result: Result;
  onRetry: () => void;
  dimension: EngagementDimension;
  onDimension: (dimension: EngagementDimension) => void;
  onDrill: (drill: EngagementDrillDown) => void;
}) {
  const { t, fmt } = useI18n();
  const figure = useFigure();
  const engagement = result.data?.engagement;
  const groups = engagement?.groups ?? [];
  // The group read fastest, among groups with enough timed reads to say so.
  const fastest = lowestWithSample(
    groups,
    (r) => r.stats.medianSeconds,
    (r) => r.stats.timedReads,
  );
  const groupLabel = (r: Row) =>
    dimension === 'CHANNEL' && r.channel ? t(`channel.${r.channel}`) : r.key === '' ? t('engagement.none') : r.label;
  const sorted = useTableSort(groups, { ...SORTERS, group: { value: groupLabel, first: 'ascending' } });
  const rows = sorted.rows;
  const title = t('engagement.comparisonTitle');
  const count = (value: number, measurable: boolean) => (measurable ? fmt.count(value) : '—');
  return (
    <Card
      title={title}
      className="card-wide"
      actions={
        <div className="card-actions">
          <OptionSelect label={t('engagement.groupBy')} value={dimension} options={DIMENSIONS} onChange={onDimension} />
          <HowComputed text={t('engagement.how.comparison')} />
        </div>
      }
    >
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={rows.length === 0}
        emptyText={engagement ? t('overview.noSent') : undefined}
        onRetry={onRetry}
      >
        <DataTable<Row>
          caption={title}
          captionHidden
          exportName={`engagement-by-${DIMENSIONS.find((d) => d.value === dimension)?.param ?? 'group'}`}
          rows={rows}
          rowKey={(r) => `${r.channel ?? ''}|${r.key}`}
          rowClassName={(r) => (r === fastest ? 'row-leader' : undefined)}
          sort={sorted.sort}
          onSort={sorted.onSort}
          columns={[
            {
              key: 'group',
              sortable: true,
              header: t(DIMENSIONS.find((d) => d.value === dimension)?.label ?? 'engagement.dimension.CHANNEL'),
              cell: (r) => (
                <>
                  <button type="button" className="link-button" onClick={() => onDrill({ dimension, key: r.key })}>
                    {groupLabel(r)}
                  </button>
                  {r === fastest && <span className="badge badge-leader">{t('funnel.fastestRead')}</span>}
                </>
              ),
              // Channels as their API value (like the Overview's CSV); other groups by name, none as empty.
              csv: (r) => (dimension === 'CHANNEL' ? r.key : r.key === '' ? '' : r.label),
            },
            {
              key: 'sent',
              sortable: true,
              header: t('column.sent'),
              cell: (r) => fmt.count(r.stats.sent),
              csv: (r) => r.stats.sent,
              numeric: true,
            },
            {
              key: 'delivered',
              sortable: true,
              header: t('column.delivered'),
              cell: (r) => count(r.stats.delivered, r.stats.deliveryRateUnavailableReason !== 'NOT_MEASURABLE'),
              csv: (r) => r.stats.delivered,
              numeric: true,
            },
            {
              key: 'read',
              sortable: true,
              header: t('column.read'),
              cell: (r) => count(r.stats.read, r.stats.readReceipts),
              csv: (r) => r.stats.read,
              numeric: true,
            },
            {
              key: 'deliveryRate',
              sortable: true,
              header: t('column.deliveryRate'),
              cell: (r) => figure.ratio(r.stats.deliveryRate, r.stats.deliveryRateUnavailableReason),
              csv: (r) => r.stats.deliveryRate,
              numeric: true,
            },
            {
              key: 'readRate',
              sortable: true,
              header: t('column.readRate'),
              cell: (r) => figure.ratio(r.stats.readRate, r.stats.readRateUnavailableReason),
              csv: (r) => r.stats.readRate,
              numeric: true,
            },
            {
              key: 'median',
              sortable: true,
              header: t('kpi.medianTimeToRead'),
              cell: (r) => figure.seconds(r.stats.medianSeconds, timeReason(r.stats.readReceipts)),
              csv: (r) => r.stats.medianSeconds,
              numeric: true,
            },
            {
              key: 'p90',
              sortable: true,
              header: t('engagement.p90TimeToRead'),
              cell: (r) => figure.seconds(r.stats.p90Seconds, timeReason(r.stats.readReceipts)),
              csv: (r) => r.stats.p90Seconds,
              numeric: true,
            },
            {
              key: 'timedReads',
              sortable: true,
              header: t('engagement.column.timedReads'),
              cell: (r) => fmt.count(r.stats.timedReads),
              csv: (r) => r.stats.timedReads,
              numeric: true,
            },
          ]}
        />
      </DataState>
    </Card>
  );
}
