import { useState } from 'react';
import { channelColumn, accountColumn } from '@web/components/ui/common-columns';
import { useQuery } from 'urql';
import { AsOf } from '@web/components/ui/as-of';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import { HowComputed } from '@web/components/ui/how-computed';
import { InlineField } from '@web/components/ui/inline-field';
import { Pager } from '@web/components/ui/pager';
import { usePager } from '@web/components/ui/use-pager';
import { useTableSort, type Sorter } from '@web/components/ui/use-table-sort';
import type { AnalyticsFilter, EngagementDrillDown, TemplatesQuery as TemplatesData } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { TemplatesQuery } from '../graphql/templates.query';
import { lowestWithSample, MIN_SAMPLE } from './leader';
import { TemplateDetail } from './template-detail';
import { useFigure } from './unavailable';

export type TemplateRow = TemplatesData['templates']['nodes'][number];

const templateKey = (r: TemplateRow) => `${r.channel}|${r.accountExternalId}|${r.name}|${r.language}`;
/** The most a page holds, so the "read least" ranking usually sees every template of the period. */
const RANKED_PAGE_SIZE = 200;

const numeric = (value: (r: TemplateRow) => number | null | undefined, first: Sorter<TemplateRow>['first']) => ({
  value,
  first,
});
const SORTERS: Record<string, Sorter<TemplateRow>> = {
  name: { value: (r) => r.name, first: 'ascending' },
  sent: numeric((r) => r.sent, 'descending'),
  delivered: numeric((r) => r.delivered, 'descending'),
  read: numeric((r) => r.read, 'descending'),
  replied: numeric((r) => r.replied, 'descending'),
  failed: numeric((r) => r.failed, 'descending'),
  deliveryRate: numeric((r) => r.deliveryRate, 'ascending'),
  // Ascending first: the question is which template is read least.
  readRate: numeric((r) => r.readRate, 'ascending'),
  median: numeric((r) => r.medianTimeToReadSeconds, 'ascending'),
  complaints: numeric((r) => r.complaints, 'descending'),
  optOuts: numeric((r) => r.optOuts, 'descending'),
};

/**
 * Per template and language: the funnel, read time, complaints and opt-outs, current status, sortable; the template
 * read least (among those with enough delivered messages) is marked. A name opens its history.
 */
export function TemplatesSection({
  filter,
  onDrill,
}: {
  filter: AnalyticsFilter;
  onDrill: (drill: EngagementDrillDown) => void;
}) {
  const { t, fmt } = useI18n();
  const figure = useFigure();
  const pager = usePager();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<TemplateRow | null>(null);
  const [result, reexecute] = useQuery({
    query: TemplatesQuery,
    variables: { filter, page: { ...pager.page, first: RANKED_PAGE_SIZE }, search: search.trim() || null },
  });
  const connection = result.data?.templates;
  const nodes = connection?.nodes ?? [];
  const sorted = useTableSort(nodes, SORTERS);
  const rows = sorted.rows;
  const title = t('engagement.templatesTitle');
  const rate = (value: number | null | undefined) => (value === null || value === undefined ? '' : value);
  const leastRead = lowestWithSample(
    nodes,
    (r) => r.readRate,
    (r) => r.delivered,
  );
  const partial = Boolean(connection?.pageInfo.hasNextPage) || pager.pageNumber > 1;
  return (
    <>
      <Card
        title={title}
        className="card-wide"
        actions={
          <div className="card-actions">
            <InlineField label={t('engagement.searchTemplates')}>
              {(id) => (
                <input
                  id={id}
                  type="search"
                  value={search}
                  onChange={(e) => {
                    setSearch(e.target.value);
                    pager.reset();
                  }}
                />
              )}
            </InlineField>
            <HowComputed text={t('engagement.how.templates')} />
          </div>
        }
      >
        <AsOf asOf={connection?.asOf} />
        <DataState
          fetching={result.fetching}
          error={result.error}
          empty={rows.length === 0}
          emptyText={connection ? t('engagement.noTemplates') : undefined}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          <p className="leader-note" data-testid="read-least">
            {leastRead && leastRead.readRate !== null && leastRead.readRate !== undefined ? (
              <>
                <span className="badge badge-warning">{t('engagement.readLeast')}</span>{' '}
                {t('engagement.readLeastTile', {
                  template: `${leastRead.name} (${leastRead.language})`,
                  rate: fmt.ratio(leastRead.readRate),
                  n: fmt.count(leastRead.delivered),
                })}
              </>
            ) : (
              t('engagement.readLeastNone', { min: MIN_SAMPLE })
            )}
          </p>
          <p className="chart-note">
            {t('engagement.rankNote', { min: MIN_SAMPLE })}{' '}
            {partial ? t('engagement.rankPartial', { n: fmt.count(nodes.length) }) : ''}
          </p>
          <DataTable<TemplateRow>
            caption={title}
            captionHidden
            exportName="templates"
            rows={rows}
            rowKey={templateKey}
            rowClassName={(r) => (r === leastRead ? 'row-warning' : undefined)}
            sort={sorted.sort}
            onSort={sorted.onSort}
            columns={[
              {
                key: 'name',
                header: t('engagement.column.template'),
                cell: (r) => (
                  <>
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={selected !== null && templateKey(selected) === templateKey(r)}
                      onClick={() => setSelected(r)}
                    >
                      {r.name}
                    </button>
                    {r === leastRead && <span className="badge badge-warning">{t('engagement.readLeast')}</span>}
                  </>
                ),
                csv: (r) => r.name,
                sortable: true,
              },
              {
                key: 'language',
                header: t('engagement.column.language'),
                cell: (r) => r.language,
                csv: (r) => r.language,
              },
              channelColumn(t),
              accountColumn(t),
              {
                key: 'category',
                header: t('engagement.column.category'),
                cell: (r) => r.category ?? '—',
                csv: (r) => r.category,
              },
              {
                key: 'sent',
                sortable: true,
                header: t('column.sent'),
                cell: (r) => fmt.count(r.sent),
                csv: (r) => r.sent,
                numeric: true,
              },
              {
                key: 'delivered',
                sortable: true,
                header: t('column.delivered'),
                cell: (r) => fmt.count(r.delivered),
                csv: (r) => r.delivered,
                numeric: true,
              },
              {
                key: 'read',
                sortable: true,
                header: t('column.read'),
                cell: (r) => fmt.count(r.read),
                csv: (r) => r.read,
                numeric: true,
              },
              {
                key: 'replied',
                sortable: true,
                header: t('engagement.column.replied'),
                cell: (r) => fmt.count(r.replied),
                csv: (r) => r.replied,
                numeric: true,
              },
              {
                key: 'failed',
                sortable: true,
                header: t('engagement.column.failedCount'),
                cell: (r) => fmt.count(r.failed),
                csv: (r) => r.failed,
                numeric: true,
              },
              {
                key: 'deliveryRate',
                sortable: true,
                header: t('column.deliveryRate'),
                cell: (r) => figure.ratio(r.deliveryRate, r.deliveryRateUnavailableReason),
                csv: (r) => rate(r.deliveryRate),
                numeric: true,
              },
              {
                key: 'readRate',
                sortable: true,
                header: t('column.readRate'),
                cell: (r) =>
                  r.readRate === null || r.readRate === undefined
                    ? figure.ratio(r.readRate, r.readRateUnavailableReason)
                    : t('engagement.rateWithN', { rate: fmt.ratio(r.readRate), n: fmt.count(r.delivered) }),
                csv: (r) => rate(r.readRate),
                numeric: true,
              },
              {
                key: 'median',
                sortable: true,
                header: t('kpi.medianTimeToRead'),
                cell: (r) => figure.seconds(r.medianTimeToReadSeconds, r.medianTimeToReadUnavailableReason),
                csv: (r) => r.medianTimeToReadSeconds,
                numeric: true,
              },
              {
                key: 'complaints',
                sortable: true,
                header: t('engagement.column.complaints'),
                cell: (r) => fmt.count(r.complaints),
                csv: (r) => r.complaints,
                numeric: true,
              },
              {
                key: 'optOuts',
                sortable: true,
                header: t('engagement.column.optOuts'),
                cell: (r) => fmt.count(r.optOuts),
                csv: (r) => r.optOuts,
                numeric: true,
              },
              {
                key: 'status',
                header: t('column.status'),
                cell: (r) => r.status ?? '—',
                csv: (r) => r.status,
              },
              {
                key: 'quality',
                header: t('engagement.column.quality'),
                cell: (r) => r.quality ?? '—',
                csv: (r) => r.quality,
              },
            ]}
          />
          {connection && <Pager connection={connection} pager={pager} />}
        </DataState>
      </Card>
      {selected && (
        <TemplateDetail
          key={templateKey(selected)}
          filter={filter}
          template={selected}
          onClose={() => setSelected(null)}
          onDrill={onDrill}
        />
      )}
    </>
  );
}
