import { useQuery } from 'urql';
import { RowsPanel } from '@web/components/rows-panel/rows-panel';
import { usePager } from '@web/components/ui/use-pager';
import type { AnalyticsFilter, ComplaintDrillDown, ComplaintEventsQuery } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { describeComplaintDrill } from '../complaint-events-drill';
import { ComplaintEventsQuery as Query } from '../graphql/complaints.query';

type Row = ComplaintEventsQuery['complaintEvents']['nodes'][number];

/** The complaints behind a day, a kind or a reason, newest first, a page at a time with CSV (a RowsPanel). */
export function ComplaintEventsPanel({
  filter,
  drill,
  onClose,
}: {
  filter: AnalyticsFilter;
  drill: ComplaintDrillDown;
  onClose: () => void;
}) {
  const { t, fmt } = useI18n();
  const pager = usePager();
  const [result, reexecute] = useQuery({ query: Query, variables: { filter, drillDown: drill, page: pager.page } });
  return (
    <RowsPanel<Row>
      title={t('complaints.eventsTitle', { label: describeComplaintDrill(drill, t, fmt) })}
      testId="complaint-events-panel"
      connection={result.data?.complaintEvents}
      fetching={result.fetching}
      error={result.error}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      pager={pager}
      emptyText={t('complaints.noEvents')}
      exportName="complaint-events"
      onClose={onClose}
      rowKey={(r) => r.id}
      columns={[
        {
          key: 'occurredAt',
          header: t('complaints.column.recordedAt'),
          cell: (r) => fmt.dateTime(r.occurredAt),
          csv: (r) => r.occurredAt,
        },
        {
          key: 'kind',
          header: t('complaints.column.kind'),
          cell: (r) => t(`complaints.kind.${r.kind}`),
          csv: (r) => r.kind.toLowerCase(),
        },
        {
          key: 'reason',
          header: t('complaints.column.reason'),
          cell: (r) => r.reason ?? '—',
          csv: (r) => r.reason,
        },
        {
          key: 'channel',
          header: t('column.channel'),
          cell: (r) => t(`channel.${r.channel}`),
          csv: (r) => r.channel.toLowerCase(),
        },
        {
          key: 'account',
          header: t('engagement.column.number'),
          cell: (r) => r.accountName ?? r.accountId,
          csv: (r) => r.accountId,
        },
        {
          key: 'contact',
          header: t('engagement.column.contact'),
          cell: (r) => <code>{r.contactId}</code>,
          csv: (r) => r.contactId,
        },
        {
          key: 'template',
          header: t('engagement.column.template'),
          cell: (r) => r.templateName ?? '—',
          csv: (r) => r.templateName,
        },
        {
          key: 'campaign',
          header: t('engagement.column.campaign'),
          cell: (r) => r.campaignName ?? r.campaignId ?? '—',
          csv: (r) => r.campaignId,
        },
        {
          key: 'message',
          header: t('complaints.column.message'),
          cell: (r) => (r.relatedMessageId ? <code>{r.relatedMessageId}</code> : '—'),
          csv: (r) => r.relatedMessageId,
        },
        {
          key: 'id',
          header: t('complaints.column.id'),
          cell: (r) => <code>{r.id}</code>,
          csv: (r) => r.id,
        },
      ]}
    />
  );
}
