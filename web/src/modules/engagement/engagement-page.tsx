import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQueryFor } from '@web/lib/use-query-for';
import { drillKey } from '@web/components/messages-panel/drill';
import { MessagesPanel } from '@web/components/messages-panel/messages-panel';
import { useDrill } from '@web/components/messages-panel/use-drill';
import { AsOf } from '@web/components/ui/as-of';
import { PageHeader } from '@web/components/ui/page-header';
import type { EngagementDimension } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FilterBar } from '@web/modules/filters/filter-bar';
import { useAnalyticsFilter } from '@web/modules/filters/use-analytics-filter';
import { ComparisonTable } from './components/comparison-table';
import { EngagementSummary } from './components/engagement-summary';
import { EngagementTrend } from './components/engagement-trend';
import { FailureReasons } from './components/failure-reasons';
import { FunnelSection } from './components/funnel';
import { HourOfWeekHeatmap } from './components/hour-of-week-heatmap';
import { ReadTimeHistogram } from './components/read-time-histogram';
import { TemplatesSection } from './components/templates-section';
import { dimensionFromParam, GROUP_PARAM, withDimension } from './engagement-params';
import { EngagementQuery } from './graphql/engagement.query';

/** How fast and how often messages are read, per channel, number, template, category, campaign and hour of week. */
export function EngagementPage() {
  const { t, fmt } = useI18n();
  const { filter } = useAnalyticsFilter();
  const [params, setParams] = useSearchParams();
  const dimension = dimensionFromParam(params.get(GROUP_PARAM));
  const setDimension = useCallback(
    (next: EngagementDimension) => setParams((current) => withDimension(current, next)),
    [setParams],
  );
  const { drill, open: setDrill, close } = useDrill();
  const [result, reexecute] = useQueryFor(
    { query: EngagementQuery, variables: { filter: filter!, groupBy: dimension }, pause: !filter },
    ['groupBy'],
  );
  const retry = () => reexecute({ requestPolicy: 'network-only' });
  const engagement = result.data?.engagement;
  return (
    <>
      <PageHeader
        title={t('nav.engagement')}
        subtitle={
          engagement
            ? t('engagement.period', {
                from: fmt.date(engagement.period.from),
                to: fmt.date(engagement.period.to),
                timeZone: engagement.timeZone,
              })
            : undefined
        }
      />
      <FilterBar />
      <AsOf asOf={engagement?.asOf} />
      <div aria-live="polite" className="visually-hidden">
        {result.fetching ? t('common.loading') : ''}
      </div>
      <EngagementSummary result={result} onRetry={retry} />
      <div className="card-grid">
        <ReadTimeHistogram result={result} onRetry={retry} onDrill={setDrill} />
        <EngagementTrend result={result} onRetry={retry} onDrill={setDrill} />
        {drill && filter && <MessagesPanel key={drillKey(drill)} filter={filter} drill={drill} onClose={close} />}
        <HourOfWeekHeatmap result={result} onRetry={retry} onDrill={setDrill} />
        <ComparisonTable
          result={result}
          onRetry={retry}
          dimension={dimension}
          onDimension={setDimension}
          onDrill={setDrill}
        />
        {filter && <FunnelSection filter={filter} onDrill={setDrill} />}
        {filter && <TemplatesSection filter={filter} onDrill={setDrill} />}
        {filter && <FailureReasons filter={filter} onDrill={setDrill} />}
      </div>
    </>
  );
}
