import { useQuery } from 'urql';
import { drillKey } from '@web/components/messages-panel/drill';
import { MessagesPanel } from '@web/components/messages-panel/messages-panel';
import { useDrill } from '@web/components/messages-panel/use-drill';
import { PageHeader } from '@web/components/ui/page-header';
import { useI18n } from '@web/i18n/i18n-context';
import { FilterBar } from '@web/modules/filters/filter-bar';
import { useAnalyticsFilter } from '@web/modules/filters/use-analytics-filter';
import { ChannelRates } from './components/channel-rates';
import { ChannelTable } from './components/channel-table';
import { KpiTiles } from './components/kpi-tiles';
import { VolumeByChannel } from './components/volume-by-channel';
import { OverviewQuery } from './graphql/overview.query';

/** Messages, delivery and reading per channel for the period; every chart lists the business messages behind it. */
export function OverviewPage() {
  const { t, fmt } = useI18n();
  const { filter } = useAnalyticsFilter();
  const [result, reexecute] = useQuery({ query: OverviewQuery, variables: { filter: filter! }, pause: !filter });
  const { drill, open: setDrill, close } = useDrill();
  const retry = () => reexecute({ requestPolicy: 'network-only' });
  const overview = result.data?.overview;
  return (
    <>
      <PageHeader
        title={t('nav.overview')}
        subtitle={
          overview
            ? t('overview.period', {
                from: fmt.date(overview.period.from),
                to: fmt.date(overview.period.to),
                previousFrom: fmt.date(overview.previousPeriod.from),
                previousTo: fmt.date(overview.previousPeriod.to),
                timeZone: overview.timeZone,
              })
            : undefined
        }
      />
      <FilterBar />
      <div aria-live="polite" className="visually-hidden">
        {result.fetching ? t('common.loading') : ''}
      </div>
      <KpiTiles result={result} onRetry={retry} />
      <div className="card-grid">
        <VolumeByChannel result={result} onRetry={retry} onDrill={setDrill} />
        <ChannelRates result={result} onRetry={retry} onDrill={setDrill} />
        {drill && filter && (
          <MessagesPanel
            key={drillKey(drill)}
            filter={filter}
            drill={drill}
            exportName="overview-messages"
            onClose={close}
          />
        )}
        <ChannelTable result={result} onRetry={retry} onDrill={setDrill} />
      </div>
    </>
  );
}
