import { useState } from 'react';
import { channelColumn, accountColumn } from '@web/components/ui/common-columns';
import { useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import { HowComputed } from '@web/components/ui/how-computed';
import { InlineField } from '@web/components/ui/inline-field';
import { Pager } from '@web/components/ui/pager';
import { usePager } from '@web/components/ui/use-pager';
import type { AnalyticsFilter, TemplatesQuery as TemplatesData } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { TemplatesQuery } from '../graphql/templates.query';
import { TemplateDetail } from './template-detail';
import { useFigure } from './unavailable';

export type TemplateRow = TemplatesData['templates']['nodes'][number];

const templateKey = (r: TemplateRow) => `${r.channel}|${r.accountExternalId}|${r.name}|${r.language}`;

/** Per template and language: the funnel, read time, complaints and opt-outs, current status; a name opens its history. */
export function TemplatesSection({ filter }: { filter: AnalyticsFilter }) {
  const { t, fmt } = useI18n();
  const figure = useFigure();
  const pager = usePager();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<TemplateRow | null>(null);
  const [result, reexecute] = useQuery({
    query: TemplatesQuery,
    variables: { filter, page: pager.page, search: search.trim() || null },
  });
  const connection = result.data?.templates;
  const rows = connection?.nodes ?? [];
  const title = t('engagement.templatesTitle');
  const rate = (value: number | null | undefined) => (value === null || value === undefined ? '' : value);
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
        <DataState
          fetching={result.fetching}
          error={result.error}
          empty={rows.length === 0}
          emptyText={connection ? t('engagement.noTemplates') : undefined}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          <DataTable<TemplateRow>
            caption={title}
            captionHidden
            exportName="templates"
            rows={rows}
            rowKey={templateKey}
            columns={[
              {
                key: 'name',
                header: t('engagement.column.template'),
                cell: (r) => (
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={selected !== null && templateKey(selected) === templateKey(r)}
                    onClick={() => setSelected(r)}
                  >
                    {r.name}
                  </button>
                ),
                csv: (r) => r.name,
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
                header: t('column.sent'),
                cell: (r) => fmt.count(r.sent),
                csv: (r) => r.sent,
                numeric: true,
              },
              {
                key: 'delivered',
                header: t('column.delivered'),
                cell: (r) => fmt.count(r.delivered),
                csv: (r) => r.delivered,
                numeric: true,
              },
              {
                key: 'read',
                header: t('column.read'),
                cell: (r) => fmt.count(r.read),
                csv: (r) => r.read,
                numeric: true,
              },
              {
                key: 'replied',
                header: t('engagement.column.replied'),
                cell: (r) => fmt.count(r.replied),
                csv: (r) => r.replied,
                numeric: true,
              },
              {
                key: 'failed',
                header: t('engagement.column.failedCount'),
                cell: (r) => fmt.count(r.failed),
                csv: (r) => r.failed,
                numeric: true,
              },
              {
                key: 'deliveryRate',
                header: t('column.deliveryRate'),
                cell: (r) => figure.ratio(r.deliveryRate, r.deliveryRateUnavailableReason),
                csv: (r) => rate(r.deliveryRate),
                numeric: true,
              },
              {
                key: 'readRate',
                header: t('column.readRate'),
                cell: (r) => figure.ratio(r.readRate, r.readRateUnavailableReason),
                csv: (r) => rate(r.readRate),
                numeric: true,
              },
              {
                key: 'median',
                header: t('kpi.medianTimeToRead'),
                cell: (r) => figure.seconds(r.medianTimeToReadSeconds, r.medianTimeToReadUnavailableReason),
                csv: (r) => r.medianTimeToReadSeconds,
                numeric: true,
              },
              {
                key: 'complaints',
                header: t('engagement.column.complaints'),
                cell: (r) => fmt.count(r.complaints),
                csv: (r) => r.complaints,
                numeric: true,
              },
              {
                key: 'optOuts',
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
        />
      )}
    </>
  );
}
