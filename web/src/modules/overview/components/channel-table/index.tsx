import type { UseQueryState } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import type { EngagementDrillDown, OverviewQuery, OverviewQueryVariables } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { channelDrillDown } from '../../channel-drill';

type Result = UseQueryState<OverviewQuery, OverviewQueryVariables>;
type Row = OverviewQuery['overview']['channels'][number];

/** Per-channel totals and rates; a channel's name lists its business messages. */
export function ChannelTable({
  result,
  onRetry,
  onDrill,
}: {
  result: Result;
  onRetry: () => void;
  onDrill: (drill: EngagementDrillDown) => void;
}) {
  const { t, fmt } = useI18n();
  const rows = result.data?.overview.channels ?? [];
  const title = t('overview.channelsTitle');
  const rate = (value: number | null | undefined, measurable: boolean) =>
    value === null || value === undefined
      ? t(measurable ? 'unavailable.NO_DATA' : 'unavailable.NOT_MEASURABLE')
      : fmt.ratio(value);
  return (
    <Card title={title} className="card-wide">
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={rows.length === 0}
        emptyText={result.data ? t('overview.noMessages') : undefined}
        onRetry={onRetry}
      >
        <DataTable<Row>
          caption={title}
          captionHidden
          exportName="channels"
          rows={rows}
          rowKey={(r) => r.channel}
          columns={[
            {
              key: 'channel',
              header: t('column.channel'),
              cell: (r) => (
                <button type="button" className="link-button" onClick={() => onDrill(channelDrillDown(r.channel))}>
                  {t(`channel.${r.channel}`)}
                </button>
              ),
              csv: (r) => r.channel.toLowerCase(),
            },
            {
              key: 'sent',
              header: t('column.sent'),
              cell: (r) => fmt.count(r.sent),
              csv: (r) => r.sent,
              numeric: true,
            },
            {
              key: 'delivered',
              header: t('column.delivered'),
              cell: (r) => (r.deliveryReceipts ? fmt.count(r.delivered) : '—'),
              csv: (r) => (r.deliveryReceipts ? r.delivered : null),
              numeric: true,
            },
            {
              key: 'read',
              header: t('column.read'),
              cell: (r) => (r.readReceipts ? fmt.count(r.read) : '—'),
              csv: (r) => (r.readReceipts ? r.read : null),
              numeric: true,
            },
            {
              key: 'received',
              header: t('column.received'),
              cell: (r) => fmt.count(r.received),
              csv: (r) => r.received,
              numeric: true,
            },
            {
              key: 'deliveryRate',
              header: t('column.deliveryRate'),
              cell: (r) => rate(r.deliveryRate, r.deliveryReceipts),
              csv: (r) => r.deliveryRate,
              numeric: true,
            },
            {
              key: 'readRate',
              header: t('column.readRate'),
              cell: (r) => rate(r.readRate, r.readReceipts),
              csv: (r) => r.readRate,
              numeric: true,
            },
            {
              key: 'readReceipts',
              header: t('column.readReceipts'),
              cell: (r) => t(r.readReceipts ? 'common.yes' : 'common.no'),
              csv: (r) => r.readReceipts,
            },
          ]}
        />
      </DataState>
    </Card>
  );
}
