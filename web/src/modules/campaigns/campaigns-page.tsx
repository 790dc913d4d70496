import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useQueryFor } from '@web/lib/use-query-for';
import { AsOf } from '@web/components/ui/as-of';
import { PageHeader } from '@web/components/ui/page-header';
import { useI18n } from '@web/i18n/i18n-context';
import { FilterBar } from '@web/modules/filters/filter-bar';
import { useAnalyticsFilter } from '@web/modules/filters/use-analytics-filter';
import { CampaignFunnelQuery } from '@web/modules/campaigns/graphql/campaign-funnel.query';
import {
  CampaignPerformanceQuery,
  CampaignSourcesQuery,
} from '@web/modules/campaigns/graphql/campaign-performance.query';
import { parseView, withView, type CampaignsView } from './campaigns-params';
import { CampaignFunnel } from './components/campaign-funnel';
import { CampaignSummary } from './components/campaign-summary';
import { CampaignTable } from './components/campaign-table';
import { CampaignTrend } from './components/campaign-trend';
import { CostPerConversion } from './components/cost-per-conversion';
import { DrillRows } from './components/drill-rows';
import { SourceKinds } from './components/source-kinds';
import { ViewControls } from './components/view-controls';

/**
 * Which campaigns and sources bring conversations, conversions and revenue, and at what cost, under the chosen
 * attribution model; every figure opens the conversations or conversions behind it.
 */
export function CampaignsPage() {
  const { t, fmt } = useI18n();
  const { filter } = useAnalyticsFilter();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseView(params), [params]);
  const update = useCallback(
    (patch: Partial<CampaignsView>) => setParams((current) => withView(current, patch)),
    [setParams],
  );
  const [result, reexecute] = useQueryFor(
    {
      query: CampaignPerformanceQuery,
      variables: { filter: filter!, groupBy: view.group, model: view.model },
      pause: !filter,
    },
    ['groupBy'],
  );
  const [sources, reexecuteSources] = useQuery({
    query: CampaignSourcesQuery,
    variables: { filter: filter!, model: view.model },
    pause: !filter,
  });
  const [funnel, reexecuteFunnel] = useQuery({
    query: CampaignFunnelQuery,
    variables: { filter: filter! },
    pause: !filter,
  });
  const retry = () => reexecute({ requestPolicy: 'network-only' });
  const performance = result.data?.campaignPerformance;
  const state = { performance, fetching: result.fetching, error: result.error, onRetry: retry };
  const empty = !!performance && performance.rows.length === 0;
  const onDrill = update;
  const campaignName = (key: string) =>
    [...(performance?.rows ?? []), ...(funnel.data?.funnel.rows ?? [])].find((r) => r.campaign?.key === key)?.campaign
      ?.name;

  return (
    <>
      <PageHeader
        title={t('nav.campaigns')}
        subtitle={
          performance
            ? t('campaigns.period', {
                from: fmt.date(performance.period.from),
                to: fmt.date(performance.period.to),
                timeZone: performance.timeZone,
                currency: performance.currency,
              })
            : undefined
        }
      />
      <FilterBar />
      <AsOf asOf={performance?.asOf} />
      <ViewControls
        model={view.model}
        group={view.group}
        windowDays={performance?.windowDays}
        onModel={(model) => update({ model })}
        onGroup={(group) => update({ group })}
      />
      <div aria-live="polite" className="visually-hidden">
        {result.fetching ? t('common.loading') : ''}
      </div>
      {performance && performance.unconvertedCurrencies.length > 0 && (
        <p className="notice" role="note">
          {t('campaigns.unconverted', { currencies: performance.unconvertedCurrencies.join(', ') })}{' '}
          <Link to="/settings/marketing">{t('campaigns.toMarketingSettings')}</Link>
        </p>
      )}
      <CampaignSummary {...state} />
      {empty ? (
        <div className="card">
          <p>{t('campaigns.noneInPeriod')}</p>
          <p>
            <Link to="/settings/campaigns">{t('campaigns.toCampaignSettings')}</Link>
          </p>
        </div>
      ) : (
        <div className="card-grid">
          <CampaignTable {...state} group={view.group} onDrill={(drill) => onDrill({ drill })} />
          {view.drill && filter && (
            <DrillRows
              drill={view.drill}
              filter={filter}
              model={view.model}
              currency={performance?.currency ?? 'EUR'}
              campaignName={campaignName}
              onClose={() => update({ drill: null })}
            />
          )}
          <CostPerConversion {...state} group={view.group} onDrill={(drill) => onDrill({ drill })} />
          <CampaignTrend {...state} onDrill={(drill) => onDrill({ drill })} />
          <SourceKinds
            bySource={sources.data?.campaignPerformance}
            fetching={sources.fetching}
            error={sources.error}
            onRetry={() => reexecuteSources({ requestPolicy: 'network-only' })}
            onDrill={(drill) => onDrill({ drill })}
          />
          <CampaignFunnel
            funnel={funnel.data?.funnel}
            fetching={funnel.fetching}
            error={funnel.error}
            onRetry={() => reexecuteFunnel({ requestPolicy: 'network-only' })}
            onDrill={(drill) => onDrill({ drill })}
          />
        </div>
      )}
    </>
  );
}
