import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useSession } from '@web/app/session-context';
import { PageHeader } from '@web/components/ui/page-header';
import type { ComplianceSummaryQueryVariables, ViolationFilter, ViolationTrendInterval } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FilterBar } from '@web/modules/filters/filter-bar';
import { useAnalyticsFilter } from '@web/modules/filters/use-analytics-filter';
import { canReadViolations } from './case-actions';
import { ComplianceTabs } from './compliance-tabs';
import { ComplianceSummary } from './components/compliance-summary';
import { AssigneeChoice } from './components/assignee-choice';
import { CaseSection } from './components/case-section';
import { SavedViews } from './components/saved-views';
import { ViolationChoicesBar } from './components/violation-choices';
import { ViolationPanel } from './components/violation-panel';
import { ViolationsSection } from './components/violations-section';
import { ViolationTrend } from './components/violation-trend';
import { ComplianceAssigneesQuery } from './graphql/cases.graphql';
import { ComplianceSummaryQuery, ViolationTrendQuery } from './graphql/compliance.query';
import { useViolationChoices } from './use-violation-choices';
import { parseChoices, toViolationFilter, VIOLATION_PARAM } from './violation-params';

const TREND_PARAM = 'trend';
const NO_CHOICES = parseChoices(new URLSearchParams());

/**
 * Compliance → Violations: the period's consent coverage, violations and opt-out honouring, violations by kind over
 * time, and the violations list with filters in the URL, opening one with its evidence, the contact's consent at
 * send time and its case. Marketers and viewers are told the page is not for their role (the API refuses them).
 */
export function CompliancePage() {
  const { t } = useI18n();
  const { viewer } = useSession();
  return (
    <>
      <PageHeader title={t('nav.compliance')} />
      <ComplianceTabs />
      {canReadViolations(viewer?.role) ? (
        <ViolationsView />
      ) : (
        <div className="card" role="alert" data-testid="compliance-forbidden">
          <p>{t('compliance.forbidden')}</p>
        </div>
      )}
    </>
  );
}

function ViolationsView() {
  const { t } = useI18n();
  const { state, filter } = useAnalyticsFilter();
  const { choices, update } = useViolationChoices();
  const [params, setParams] = useSearchParams();
  const openId = params.get(VIOLATION_PARAM);
  const interval: ViolationTrendInterval = params.get(TREND_PARAM) === 'week' ? 'WEEK' : 'DAY';

  const listFilter = useMemo(() => toViolationFilter(state, choices), [state, choices]);
  const summaryVariables = useMemo(() => {
    const all = toViolationFilter(state, NO_CHOICES);
    if (!all || !filter) return null;
    const open: ViolationFilter = { ...all, caseStates: ['OPEN'] };
    const variables: ComplianceSummaryQueryVariables = {
      filter,
      all,
      open,
      severeOpen: { ...open, severities: ['HIGH', 'CRITICAL'] },
      enforcement: { ...all, kinds: ['PLATFORM_ENFORCEMENT'] },
    };
    return variables;
  }, [state, filter]);

  const [summary, reexecuteSummary] = useQuery({
    query: ComplianceSummaryQuery,
    variables: summaryVariables!,
    pause: !summaryVariables,
  });
  const [assignees] = useQuery({ query: ComplianceAssigneesQuery });
  const users = assignees.data?.complianceAssignees ?? [];
  const [trend, reexecuteTrend] = useQuery({
    query: ViolationTrendQuery,
    variables: { filter: listFilter!, interval },
    pause: !listFilter,
  });

  const setParam = useCallback(
    (name: string, value: string | null) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      }),
    [setParams],
  );
  const open = useCallback((id: string) => setParam(VIOLATION_PARAM, id), [setParam]);
  const close = useCallback(() => setParam(VIOLATION_PARAM, null), [setParam]);

  return (
    <>
      <FilterBar fields={['channel', 'account', 'campaign']} />
      <div aria-live="polite" className="visually-hidden">
        {summary.fetching || trend.fetching ? t('common.loading') : ''}
      </div>
      <ComplianceSummary result={summary} onRetry={() => reexecuteSummary({ requestPolicy: 'network-only' })} />
      <ViolationChoicesBar choices={choices} onChange={update}>
        <AssigneeChoice value={choices.assignee} users={users} onChange={(value) => update('assignee', value)} />
      </ViolationChoicesBar>
      <SavedViews />
      <div className="card-grid">
        {openId && (
          <ViolationPanel key={openId} id={openId} onClose={close}>
            {(violation) => <CaseSection violationId={violation.id} kind={violation.kind} users={users} />}
          </ViolationPanel>
        )}
        {listFilter && (
          <ViolationsSection
            key={JSON.stringify(listFilter)}
            filter={listFilter}
            openId={openId}
            onOpen={open}
            users={users}
          />
        )}
        <ViolationTrend
          result={trend}
          onRetry={() => reexecuteTrend({ requestPolicy: 'network-only' })}
          interval={interval}
          onInterval={(next) => setParam(TREND_PARAM, next === 'WEEK' ? 'week' : null)}
        />
      </div>
    </>
  );
}
