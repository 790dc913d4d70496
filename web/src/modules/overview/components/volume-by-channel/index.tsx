import type { UseQueryState } from 'urql';
import { ChartData } from '@web/components/charts/chart-data';
import { channelColumn } from '@web/components/ui/common-columns';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import type { Channel, EngagementDrillDown, OverviewQuery, OverviewQueryVariables } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { channelDrillDown } from '../../channel-drill';
import { VolumeByChannelChart } from './chart';
import { pivotVolume } from './volume-rows';

type Result = UseQueryState<OverviewQuery, OverviewQueryVariables>;

export function VolumeByChannel({
  result,
  onRetry,
  onDrill,
}: {
  result: Result;
  onRetry: () => void;
  onDrill: (drill: EngagementDrillDown) => void;
}) {
  const { t, fmt } = useI18n();
  const drill = (date: string, channel: Channel | null) =>
    onDrill(channel ? channelDrillDown(channel, date) : { date });
  const overview = result.data?.overview;
  const rows = overview?.volumeByChannelAndDay ?? [];
  const title = t('overview.volumeTitle');
  const total = rows.reduce((sum, r) => sum + r.sent + r.received, 0);
  return (
    <Card title={title} className="card-wide">
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={rows.length === 0}
        emptyText={overview ? t('overview.noMessages') : undefined}
        onRetry={onRetry}
        minHeight={280}
      >
        {overview && (
          <>
            <VolumeByChannelChart
              {...pivotVolume(rows, overview.period.from, overview.period.to)}
              label={t('overview.volumeAlt', {
                total: fmt.count(total),
                from: fmt.date(overview.period.from),
                to: fmt.date(overview.period.to),
              })}
              onSelect={drill}
            />
            <p className="chart-note">{t('overview.volumeClickHint')}</p>
            <ChartData
              caption={title}
              exportName="messages-by-channel-and-day"
              rows={rows}
              rowKey={(r) => `${r.date}-${r.channel}`}
              columns={[
                {
                  key: 'date',
                  header: t('column.date'),
                  cell: (r) => (
                    <button type="button" className="link-button" onClick={() => drill(r.date, r.channel)}>
                      {fmt.date(r.date)}
                    </button>
                  ),
                  csv: (r) => r.date,
                },
                channelColumn(t),
                {
                  key: 'sent',
                  header: t('column.sent'),
                  cell: (r) => fmt.count(r.sent),
                  csv: (r) => r.sent,
                  numeric: true,
                },
                {
                  key: 'received',
                  header: t('column.received'),
                  cell: (r) => fmt.count(r.received),
                  csv: (r) => r.received,
                  numeric: true,
                },
              ]}
            />
          </>
        )}
      </DataState>
    </Card>
  );
}
