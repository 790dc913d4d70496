import { useQuery } from 'urql';
import { RowsPanel } from '@web/components/rows-panel/rows-panel';
import { accountColumn, channelColumn } from '@web/components/ui/common-columns';
import type { Column } from '@web/components/ui/data-table';
import { usePager } from '@web/components/ui/use-pager';
import type { AnalyticsFilter, EngagementDrillDown, EngagementMessagesQuery } from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';
import { useI18n } from '@web/i18n/i18n-context';
import { describeDrill } from './drill-label';
import { EngagementMessagesQuery as Query } from './engagement-messages.query';

type Row = EngagementMessagesQuery['engagementMessages']['nodes'][number];
type TimeKey = 'sentAt' | 'deliveredAt' | 'readAt' | 'failedAt';

/** The messages behind one chart element, newest first, a page at a time (a RowsPanel); focus moves there. */
export function MessagesPanel({
  filter,
  drill,
  onClose,
  exportName = 'engagement-messages',
}: {
  filter: AnalyticsFilter;
  drill: EngagementDrillDown;
  onClose: () => void;
  /** File name of the CSV export, without extension. */
  exportName?: string;
}) {
  const { t, fmt } = useI18n();
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: Query,
    variables: { filter, drillDown: drill, page: pager.page },
  });
  const title = t('engagement.messagesTitle', { label: describeDrill(drill, t, fmt) });
  const time = (key: TimeKey, header: MessageKey): Column<Row> => ({
    key,
    header: t(header),
    cell: (r) => (r[key] ? fmt.dateTime(r[key]) : '—'),
    csv: (r) => r[key],
  });
  return (
    <RowsPanel<Row>
      title={title}
      connection={result.data?.engagementMessages}
      fetching={result.fetching}
      error={result.error}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      pager={pager}
      emptyText={t('engagement.noMessages')}
      exportName={exportName}
      onClose={onClose}
      testId="messages-panel"
      rowKey={(r) => `${r.channel}|${r.messageId}`}
      columns={[
        time('sentAt', 'engagement.column.sentAt'),
        channelColumn(t),
        accountColumn(t),
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
          cell: (r) => r.campaignKey ?? '—',
          csv: (r) => r.campaignKey,
        },
        time('deliveredAt', 'engagement.column.deliveredAt'),
        time('readAt', 'engagement.column.readAt'),
        {
          key: 'timeToRead',
          header: t('engagement.column.timeToRead'),
          cell: (r) =>
            r.timeToReadSeconds === null || r.timeToReadSeconds === undefined ? '—' : fmt.seconds(r.timeToReadSeconds),
          csv: (r) => r.timeToReadSeconds,
          numeric: true,
        },
        time('failedAt', 'engagement.column.failedAt'),
        {
          key: 'errorCode',
          header: t('engagement.column.errorCode'),
          cell: (r) => r.errorCode ?? '—',
          csv: (r) => r.errorCode,
        },
        {
          key: 'messageId',
          header: t('engagement.column.messageId'),
          cell: (r) => <code>{r.messageId}</code>,
          csv: (r) => r.messageId,
        },
      ]}
    />
  );
}
