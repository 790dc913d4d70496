import { useQuery } from 'urql';
import { RowsPanel } from '@web/components/rows-panel/rows-panel';
import { accountColumn, channelColumn } from '@web/components/ui/common-columns';
import { usePager } from '@web/components/ui/use-pager';
import type { AnalyticsFilter, AttributedConversationsQuery } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { AttributedConversationsQuery as Query } from '@web/modules/campaigns/graphql/attributed-rows.query';
import type { CampaignDimension } from '../campaign-types';

type Row = AttributedConversationsQuery['attributedConversations']['nodes'][number];

/** The conversations behind a figure (and so its unique contacts), each with the source it started from. */
export function ConversationsPanel({
  filter,
  drillDown,
  title,
  onClose,
}: {
  filter: AnalyticsFilter;
  drillDown: { dimension?: CampaignDimension; key?: string; date?: string };
  title: string;
  onClose: () => void;
}) {
  const { t, fmt } = useI18n();
  const pager = usePager();
  const [result, reexecute] = useQuery({ query: Query, variables: { filter, drillDown, page: pager.page } });
  return (
    <RowsPanel<Row>
      title={title}
      testId="conversations-panel"
      connection={result.data?.attributedConversations}
      fetching={result.fetching}
      error={result.error}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      pager={pager}
      emptyText={t('campaigns.noConversations')}
      exportName="campaign-conversations"
      onClose={onClose}
      rowKey={(r) => `${r.channel}|${r.conversationId}`}
      columns={[
        {
          key: 'startedAt',
          header: t('campaigns.column.startedAt'),
          cell: (r) => fmt.dateTime(r.startedAt),
          csv: (r) => r.startedAt,
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
          key: 'source',
          header: t('campaigns.dimension.SOURCE'),
          cell: (r) => t(`campaigns.touchpoint.${r.sourceKind}`),
          csv: (r) => r.sourceKind.toLowerCase(),
        },
        {
          key: 'detail',
          header: t('campaigns.column.sourceDetail'),
          cell: (r) => r.sourceDetail ?? '—',
          csv: (r) => r.sourceDetail,
        },
        {
          key: 'campaign',
          header: t('campaigns.dimension.CAMPAIGN'),
          cell: (r) => r.campaign?.name ?? t('campaigns.organic'),
          csv: (r) => r.campaign?.key ?? 'organic',
        },
        {
          key: 'conversationId',
          header: t('campaigns.column.conversationId'),
          cell: (r) => <code>{r.conversationId}</code>,
          csv: (r) => r.conversationId,
        },
      ]}
    />
  );
}
