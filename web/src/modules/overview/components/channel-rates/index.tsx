import type { UseQueryState } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import type { EngagementDrillDown, OverviewQuery, OverviewQueryVariables } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { channelDrillDown } from '../../channel-drill';
import { ChannelRatesChart } from './chart';

type Result = UseQueryState<OverviewQuery, OverviewQueryVariables>;

export function ChannelRates({
  result,
  onRetry,
  onDrill,
}: {
  result: Result;
  onRetry: () => void;
  onDrill: (drill: EngagementDrillDown) => void;
}) {
  const { t, fmt } = useI18n();
  const rows = (result.data?.overview.channels ?? []).filter((c) => c.sent > 0);
  const alt = rows
    .map((c) =>
      t('overview.ratesAltRow', {
        channel: t(`channel.${c.channel}`),
        delivery:
          c.deliveryRate === null || c.deliveryRate === undefined
            ? t('unavailable.NO_DATA')
            : fmt.ratio(c.deliveryRate),
        read: c.readRate === null || c.readRate === undefined ? t('unavailable.NOT_MEASURABLE') : fmt.ratio(c.readRate),
      }),
    )
    .join('; ');
  return (
    <Card title={t('overview.ratesTitle')} className="card-wide">
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={rows.length === 0}
        emptyText={result.data ? t('overview.noSent') : undefined}
        onRetry={onRetry}
        minHeight={260}
      >
        <ChannelRatesChart
          rows={rows.map((c) => ({
            channel: c.channel,
            deliveryRate: c.deliveryRate ?? null,
            readRate: c.readRate ?? null,
          }))}
          label={`${t('overview.ratesTitle')}: ${alt}`}
          onSelect={(channel) => onDrill(channelDrillDown(channel))}
        />
        <p className="chart-note">{t('overview.ratesNote')}</p>
        <p className="chart-note">{t('overview.ratesClickHint')}</p>
      </DataState>
    </Card>
  );
}
