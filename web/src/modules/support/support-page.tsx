import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useQueryFor } from '@web/lib/use-query-for';
import { useSession } from '@web/app/session-context';
import { AsOf } from '@web/components/ui/as-of';
import { PageHeader } from '@web/components/ui/page-header';
import type { SlaKind } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FilterBar } from '@web/modules/filters/filter-bar';
import { useAnalyticsFilter } from '@web/modules/filters/use-analytics-filter';
import { AgentLeaderboard } from './components/agent-leaderboard';
import { BasisToggle } from './components/basis-toggle';
import { BreachPanel } from './components/breach-panel';
import { GroupComparison } from './components/group-comparison';
import { ResponseDistribution } from './components/response-distribution';
import { ResponseTrend } from './components/response-trend';
import { SatisfactionSection } from './components/satisfaction-section';
import { SupportHeatmap } from './components/support-heatmap';
import { SupportSummary } from './components/support-summary';
import { SurveyComments } from './components/survey-comments';
import { ResponseTimeDistributionQuery, SupportHeatmapQuery } from './graphql/response-times.query';
import { SatisfactionQuery } from './graphql/satisfaction.query';
import { SupportPerformanceQuery } from './graphql/support-performance.query';
import { breachIdentity, parseView, withView, type SupportView } from './support-params';

const network = { requestPolicy: 'network-only' as const };

/**
 * How fast customers get answers and how satisfied they are: response and resolution times (calendar or business
 * hours), SLA attainment with the conversations that missed it, the agents side by side, NPS and CSAT.
 */
export function SupportPage() {
  const { t } = useI18n();
  const { can, tenantTimeZone } = useSession();
  const { filter } = useAnalyticsFilter();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseView(params), [params]);
  const update = useCallback(
    (patch: Partial<SupportView>) => setParams((current) => withView(current, patch)),
    [setParams],
  );
  const pause = !filter;
  const basis = view.basis;
  const [agents, reexecuteAgents] = useQuery({
    query: SupportPerformanceQuery,
    variables: { filter: filter!, groupBy: 'AGENT', basis },
    pause,
  });
  const [grouped, reexecuteGrouped] = useQueryFor(
    { query: SupportPerformanceQuery, variables: { filter: filter!, groupBy: view.group, basis }, pause },
    ['groupBy'],
  );
  const [trend, reexecuteTrend] = useQueryFor(
    { query: SupportPerformanceQuery, variables: { filter: filter!, groupBy: view.trend, basis }, pause },
    ['groupBy'],
  );
  const [distribution, reexecuteDistribution] = useQueryFor(
    { query: ResponseTimeDistributionQuery, variables: { filter: filter!, metric: view.metric, basis }, pause },
    ['metric'],
  );
  const [heatmap, reexecuteHeatmap] = useQuery({ query: SupportHeatmapQuery, variables: { filter: filter! }, pause });
  const [satisfaction, reexecuteSatisfaction] = useQuery({
    query: SatisfactionQuery,
    variables: { filter: filter!, groupBy: 'AGENT' },
    pause,
  });
  const [satisfactionTrend, reexecuteSatisfactionTrend] = useQueryFor(
    { query: SatisfactionQuery, variables: { filter: filter!, groupBy: view.trend }, pause },
    ['groupBy'],
  );

  const performance = agents.data?.supportPerformance;
  const totals = performance?.totals;
  const targets: SlaKind[] = totals?.sla.map((s) => s.kind) ?? [];
  const breachTo = (kind: SlaKind, by?: 'agent' | 'team', key?: string) =>
    update({ breach: { kind, ...(by && key && { by, key }) } });
  const scopeName = (by: 'agent' | 'team' | undefined, key: string | undefined) =>
    by === 'agent'
      ? performance?.groups.find((g) => g.key === key)?.label
      : view.group === 'TEAM'
        ? grouped.data?.supportPerformance.groups.find((g) => g.key === key)?.label
        : undefined;

  return (
    <>
      <PageHeader title={t('nav.support')} />
      <FilterBar />
      <AsOf asOf={performance?.asOf} />
      <BasisToggle basis={basis} onBasis={(next) => update({ basis: next })} />
      <div aria-live="polite" className="visually-hidden">
        {agents.fetching ? t('common.loading') : ''}
      </div>
      {totals && targets.length === 0 && (
        <p className="notice" role="note">
          {t('support.noTargets')} <Link to="/settings/sla">{t('support.toSlaSettings')}</Link>
        </p>
      )}
      <SupportSummary
        totals={totals}
        periods={trend.data?.supportPerformance.groups ?? []}
        satisfaction={satisfaction.data?.satisfaction.totals}
        fetching={agents.fetching}
        error={agents.error}
        onRetry={() => reexecuteAgents(network)}
        onBreach={(kind) => breachTo(kind)}
      />
      <div className="card-grid">
        {view.breach && filter && (
          <BreachPanel
            key={`${breachIdentity(view.breach)}|${basis}`}
            filter={filter}
            basis={basis}
            breach={view.breach}
            scopeName={scopeName(view.breach.by, view.breach.key)}
            onClose={() => update({ breach: null })}
          />
        )}
        <AgentLeaderboard
          rows={performance?.groups ?? []}
          targets={targets}
          fetching={agents.fetching}
          error={agents.error}
          onRetry={() => reexecuteAgents(network)}
          onBreach={(kind, agentId) => breachTo(kind, 'agent', agentId)}
        />
        <ResponseTrend
          period={view.trend}
          onPeriod={(next) => update({ trend: next })}
          rows={trend.data?.supportPerformance.groups ?? []}
          fetching={trend.fetching}
          error={trend.error}
          onRetry={() => reexecuteTrend(network)}
        />
        <ResponseDistribution
          metric={view.metric}
          onMetric={(next) => update({ metric: next })}
          rows={distribution.data?.responseTimeDistribution ?? []}
          fetching={distribution.fetching}
          error={distribution.error}
          onRetry={() => reexecuteDistribution(network)}
        />
        <GroupComparison
          group={view.group}
          onGroup={(next) => update({ group: next })}
          rows={grouped.data?.supportPerformance.groups ?? []}
          targets={targets}
          fetching={grouped.fetching}
          error={grouped.error}
          onRetry={() => reexecuteGrouped(network)}
          onBreach={(kind, teamId) => breachTo(kind, 'team', teamId)}
        />
        <SupportHeatmap
          cells={heatmap.data?.supportHeatmap ?? []}
          timeZone={tenantTimeZone}
          fetching={heatmap.fetching}
          error={heatmap.error}
          onRetry={() => reexecuteHeatmap(network)}
        />
        <SatisfactionSection
          agents={satisfaction.data?.satisfaction.groups ?? []}
          periods={satisfactionTrend.data?.satisfaction.groups ?? []}
          period={view.trend}
          fetching={satisfaction.fetching || satisfactionTrend.fetching}
          error={satisfaction.error ?? satisfactionTrend.error}
          onRetry={() => {
            reexecuteSatisfaction(network);
            reexecuteSatisfactionTrend(network);
          }}
        />
        {filter && can('ADMIN', 'COMPLIANCE') && <SurveyComments filter={filter} />}
      </div>
    </>
  );
}
