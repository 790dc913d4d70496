import { useQuery } from 'urql';
import { RowsPanel } from '@web/components/rows-panel/rows-panel';
import { usePager } from '@web/components/ui/use-pager';
import type { AnalyticsFilter, AttributedConversionsQuery } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { AttributedConversionsQuery as Query } from '@web/modules/campaigns/graphql/attributed-rows.query';
import type { AttributionModel, CampaignDimension } from '../campaign-types';

type Row = AttributedConversionsQuery['attributedConversions']['nodes'][number];

/** The conversions behind a figure, with the touch each was credited to under the model, newest first. */
export function ConversionsPanel({
  filter,
  model,
  drillDown,
  title,
  currency,
  onClose,
}: {
  filter: AnalyticsFilter;
  model: AttributionModel;
  drillDown: { dimension?: CampaignDimension; key?: string; date?: string };
  title: string;
  currency: string;
  onClose: () => void;
}) {
  const { t, fmt } = useI18n();
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: Query,
    variables: { filter, model, drillDown, page: pager.page },
  });
  const time = (value: string | null | undefined) => (value ? fmt.dateTime(value) : '—');
  return (
    <RowsPanel<Row>
      title={title}
      testId="conversions-panel"
      connection={result.data?.attributedConversions}
      fetching={result.fetching}
      error={result.error}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      pager={pager}
      emptyText={t('campaigns.noConversions')}
      exportName="campaign-conversions"
      onClose={onClose}
      rowKey={(r) => r.eventId}
      columns={[
        {
          key: 'occurredAt',
          header: t('campaigns.column.occurredAt'),
          cell: (r) => time(r.occurredAt),
          csv: (r) => r.occurredAt,
        },
        { key: 'kind', header: t('campaigns.column.kind'), cell: (r) => r.kind, csv: (r) => r.kind },
        {
          key: 'campaign',
          header: t('campaigns.dimension.CAMPAIGN'),
          cell: (r) => r.campaign?.name ?? t('campaigns.organic'),
          csv: (r) => r.campaign?.key ?? 'organic',
        },
        {
          key: 'source',
          header: t('campaigns.dimension.SOURCE'),
          cell: (r) => t(`campaigns.touchpoint.${r.sourceKind}`),
          csv: (r) => r.sourceKind.toLowerCase(),
        },
        {
          key: 'channel',
          header: t('column.channel'),
          cell: (r) => (r.channel ? t(`channel.${r.channel}`) : '—'),
          csv: (r) => r.channel?.toLowerCase(),
        },
        { key: 'touchAt', header: t('campaigns.column.touchAt'), cell: (r) => time(r.touchAt), csv: (r) => r.touchAt },
        {
          key: 'contact',
          header: t('engagement.column.contact'),
          cell: (r) => <code>{r.contactId}</code>,
          csv: (r) => r.contactId,
        },
        {
          key: 'value',
          header: t('campaigns.column.value'),
          cell: (r) => (r.value === null || r.value === undefined ? '—' : fmt.money(r.value, r.currency ?? currency)),
          csv: (r) => r.value,
          numeric: true,
        },
        { key: 'currency', header: t('campaigns.currency'), cell: (r) => r.currency ?? '—', csv: (r) => r.currency },
        {
          key: 'valueConverted',
          header: t('campaigns.column.valueConverted', { currency }),
          cell: (r) =>
            r.valueConverted === null || r.valueConverted === undefined ? '—' : fmt.money(r.valueConverted, currency),
          csv: (r) => r.valueConverted,
          numeric: true,
        },
        { key: 'orderId', header: t('campaigns.column.orderId'), cell: (r) => r.orderId ?? '—', csv: (r) => r.orderId },
      ]}
    />
  );
}
