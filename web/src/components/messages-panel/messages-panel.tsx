import { useEffect, useRef } from 'react';
import { channelColumn, accountColumn } from '@web/components/ui/common-columns';
import { useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import { Pager } from '@web/components/ui/pager';
import { usePager } from '@web/components/ui/use-pager';
import type { AnalyticsFilter, EngagementDrillDown, EngagementMessagesQuery } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { describeDrill } from './drill-label';
import { EngagementMessagesQuery as Query } from './engagement-messages.query';

type Row = EngagementMessagesQuery['engagementMessages']['nodes'][number];

/** The messages behind one chart element, newest first, a page at a time; focus moves here when it opens. */
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
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  const connection = result.data?.engagementMessages;
  const rows = connection?.nodes ?? [];
  const title = t('engagement.messagesTitle', { label: describeDrill(drill, t, fmt) });
  const time = (value: string | null | undefined) => (value ? fmt.dateTime(value) : '—');
  return (
    <div ref={ref} tabIndex={-1} className="drill-panel" data-testid="messages-panel">
      <Card
        title={title}
        className="card-wide"
        actions={
          <button type="button" className="button button-small" onClick={onClose}>
            {t('common.close')}
          </button>
        }
      >
        <DataState
          fetching={result.fetching}
          error={result.error}
          empty={rows.length === 0}
          emptyText={connection ? t('engagement.noMessages') : undefined}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          <DataTable<Row>
            caption={title}
            captionHidden
            exportName={exportName}
            rows={rows}
            rowKey={(r) => `${r.channel}|${r.messageId}`}
            columns={[
              {
                key: 'sentAt',
                header: t('engagement.column.sentAt'),
                cell: (r) => time(r.sentAt),
                csv: (r) => r.sentAt,
              },
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
              {
                key: 'deliveredAt',
                header: t('engagement.column.deliveredAt'),
                cell: (r) => time(r.deliveredAt),
                csv: (r) => r.deliveredAt,
              },
              {
                key: 'readAt',
                header: t('engagement.column.readAt'),
                cell: (r) => time(r.readAt),
                csv: (r) => r.readAt,
              },
              {
                key: 'timeToRead',
                header: t('engagement.column.timeToRead'),
                cell: (r) =>
                  r.timeToReadSeconds === null || r.timeToReadSeconds === undefined
                    ? '—'
                    : fmt.seconds(r.timeToReadSeconds),
                csv: (r) => r.timeToReadSeconds,
                numeric: true,
              },
              {
                key: 'failedAt',
                header: t('engagement.column.failedAt'),
                cell: (r) => time(r.failedAt),
                csv: (r) => r.failedAt,
              },
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
          {connection && <Pager connection={connection} pager={pager} />}
        </DataState>
      </Card>
    </div>
  );
}
