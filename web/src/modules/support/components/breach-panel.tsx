import { useQuery } from 'urql';
import { RowsPanel } from '@web/components/rows-panel/rows-panel';
import { channelColumn } from '@web/components/ui/common-columns';
import { usePager } from '@web/components/ui/use-pager';
import type { AnalyticsFilter, SupportConversationsQuery, TimeBasis } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { SupportConversationsQuery as Query } from '../graphql/support-conversations.query';
import type { BreachDrill } from '../support-params';
import { csvSeconds, useDuration } from '../use-duration';

type Row = SupportConversationsQuery['supportConversations']['nodes'][number];

/**
 * The conversations that missed one target (everyone's, one agent's or one team's), a page at a time with CSV
 * export; durations are in the page's basis. No message text: only times, counts and who answered.
 */
export function BreachPanel({
  filter,
  basis,
  breach,
  scopeName,
  onClose,
}: {
  filter: AnalyticsFilter;
  basis: TimeBasis;
  breach: BreachDrill;
  /** The agent's or team's name once known; the key itself until then. */
  scopeName: string | undefined;
  onClose: () => void;
}) {
  const { t, fmt } = useI18n();
  const duration = useDuration();
  const pager = usePager();
  const scoped: AnalyticsFilter = breach.by === 'agent' && breach.key ? { ...filter, agentIds: [breach.key] } : filter;
  const [result, reexecute] = useQuery({
    query: Query,
    variables: {
      filter: scoped,
      basis,
      breach: breach.kind,
      page: pager.page,
      ...(breach.by === 'team' && breach.key && { teamId: breach.key }),
    },
  });
  const target = t(`support.sla.${breach.kind}`);
  const title = breach.by
    ? t('support.breachTitleScoped', { target, name: scopeName ?? breach.key ?? '' })
    : t('support.breachTitle', { target });
  return (
    <RowsPanel<Row>
      title={title}
      testId="breach-panel"
      connection={result.data?.supportConversations}
      fetching={result.fetching}
      error={result.error}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      pager={pager}
      emptyText={t('support.noBreaches')}
      exportName="sla-breaches"
      onClose={onClose}
      rowKey={(r) => r.id}
      columns={[
        {
          key: 'startedAt',
          header: t('campaigns.column.startedAt'),
          cell: (r) => fmt.dateTime(r.startedAt),
          csv: (r) => r.startedAt,
        },
        channelColumn(t),
        { key: 'account', header: t('engagement.column.number'), cell: (r) => r.accountId, csv: (r) => r.accountId },
        {
          key: 'contact',
          header: t('engagement.column.contact'),
          cell: (r) => <code>{r.contactId}</code>,
          csv: (r) => r.contactId,
        },
        { key: 'agent', header: t('support.column.agent'), cell: (r) => r.agentName ?? '—', csv: (r) => r.agentName },
        { key: 'team', header: t('support.column.team'), cell: (r) => r.teamName ?? '—', csv: (r) => r.teamName },
        {
          key: 'firstResponse',
          header: t('support.column.firstResponse'),
          cell: (r) => (r.firstResponseAt ? duration(r.firstResponseMs) : t('support.noResponseYet')),
          csv: (r) => csvSeconds(r.firstResponseMs),
          numeric: true,
        },
        {
          key: 'longestReply',
          header: t('support.column.longestReply'),
          cell: (r) => duration(r.longestReplyMs),
          csv: (r) => csvSeconds(r.longestReplyMs),
          numeric: true,
        },
        {
          key: 'resolution',
          header: t('support.column.resolution'),
          cell: (r) => (r.resolvedAt ? duration(r.resolutionMs) : t('support.open')),
          csv: (r) => csvSeconds(r.resolutionMs),
          numeric: true,
        },
        {
          key: 'customerMessages',
          header: t('support.column.customerMessages'),
          cell: (r) => fmt.count(r.customerMessages),
          csv: (r) => r.customerMessages,
          numeric: true,
        },
        {
          key: 'agentMessages',
          header: t('support.column.agentMessages'),
          cell: (r) => fmt.count(r.agentMessages),
          csv: (r) => r.agentMessages,
          numeric: true,
        },
        {
          key: 'reopened',
          header: t('support.column.reopened'),
          cell: (r) => t(r.reopened ? 'common.yes' : 'common.no'),
          csv: (r) => r.reopened,
        },
        {
          key: 'breaches',
          header: t('support.column.breaches'),
          cell: (r) => r.breaches.map((b) => t(`support.sla.${b}`)).join(', '),
          csv: (r) => r.breaches.join(' '),
        },
        { key: 'id', header: t('campaigns.column.conversationId'), cell: (r) => <code>{r.id}</code>, csv: (r) => r.id },
      ]}
    />
  );
}
