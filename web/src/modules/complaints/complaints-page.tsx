import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { drillKey } from '@web/components/messages-panel/drill';
import { MessagesPanel } from '@web/components/messages-panel/messages-panel';
import { PageHeader } from '@web/components/ui/page-header';
import type { ComplaintDimension } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FilterBar } from '@web/modules/filters/filter-bar';
import { useAnalyticsFilter } from '@web/modules/filters/use-analytics-filter';
import { complaintDrillKey } from './complaint-events-drill';
import { BREAKDOWN_PARAM, breakdownFromParam, withBreakdown } from './complaints-params';
import { ComplaintBreakdown } from './components/complaint-breakdown';
import { ComplaintEventsPanel } from './components/complaint-events-panel';
import { ComplaintKinds } from './components/complaint-kinds';
import { ComplaintSummary } from './components/complaint-summary';
import { ComplaintTrend } from './components/complaint-trend';
import { ComplaintWeeks } from './components/complaint-weeks';
import { ComplaintTrendsQuery } from './graphql/complaints.query';
import { useComplaintsDrill } from './use-complaints-drill';

/**
 * Blocks, spam reports, marketing stops, unsubscribe requests and negative feedback per 1,000 delivered
 * business-initiated messages: by day with spikes marked, by week, by kind and reason, and by template, campaign,
 * number and category. A day, kind or reason opens its complaints; a breakdown row, its messages that drew one.
 */
export function ComplaintsPage() {
  const { t, fmt } = useI18n();
  const { filter } = useAnalyticsFilter();
  const [params, setParams] = useSearchParams();
  const by = breakdownFromParam(params.get(BREAKDOWN_PARAM));
  const setBy = useCallback(
    (next: ComplaintDimension) => setParams((current) => withBreakdown(current, next)),
    [setParams],
  );
  const { events, messages, openEvents, openMessages, close } = useComplaintsDrill();
  const [result, reexecute] = useQuery({
    query: ComplaintTrendsQuery,
    variables: { filter: filter! },
    pause: !filter,
  });
  const retry = () => reexecute({ requestPolicy: 'network-only' });
  const trends = result.data?.complaintTrends;
  return (
    <>
      <PageHeader
        title={t('nav.complaints')}
        subtitle={
          trends
            ? t('engagement.period', {
                from: fmt.date(trends.period.from),
                to: fmt.date(trends.period.to),
                timeZone: trends.timeZone,
              })
            : undefined
        }
      />
      <FilterBar />
      <div aria-live="polite" className="visually-hidden">
        {result.fetching ? t('common.loading') : ''}
      </div>
      <ComplaintSummary result={result} onRetry={retry} />
      <div className="card-grid">
        <ComplaintTrend result={result} onRetry={retry} onDrill={openEvents} />
        {events && filter && (
          <ComplaintEventsPanel key={complaintDrillKey(events)} filter={filter} drill={events} onClose={close} />
        )}
        {messages && filter && (
          <MessagesPanel
            key={drillKey(messages)}
            filter={filter}
            drill={messages}
            onClose={close}
            exportName="complaint-messages"
          />
        )}
        <ComplaintWeeks result={result} onRetry={retry} />
        <ComplaintKinds result={result} onRetry={retry} onDrill={openEvents} />
        {filter && <ComplaintBreakdown filter={filter} by={by} onBy={setBy} onDrill={openMessages} />}
      </div>
    </>
  );
}
