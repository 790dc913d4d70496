import { useState } from 'react';
import { useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import { HowComputed } from '@web/components/ui/how-computed';
import { InlineField } from '@web/components/ui/inline-field';
import { Pager } from '@web/components/ui/pager';
import { usePager } from '@web/components/ui/use-pager';
import type { AnalyticsFilter, TemplateStatusHistoryQuery } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { TemplateStatusHistoryQuery as Query } from '../graphql/template-status-history.query';

type Row = TemplateStatusHistoryQuery['templateStatusHistory']['nodes'][number];

/** Every template status and quality change of the period, newest first, a page at a time (CSV of the page shown). */
export function TemplateStatusHistory({ filter }: { filter: AnalyticsFilter }) {
  const { t, fmt } = useI18n();
  const pager = usePager();
  // The API matches the exact name, so the search applies when submitted, not on every keystroke.
  const [search, setSearch] = useState('');
  const [templateName, setTemplateName] = useState<string | null>(null);
  const [result, reexecute] = useQuery({ query: Query, variables: { filter, templateName, page: pager.page } });
  const connection = result.data?.templateStatusHistory;
  const rows = connection?.nodes ?? [];
  const title = t('quality.templatesTitle');
  const fromTo = (from: string | null | undefined, to: string | null | undefined) =>
    to === null || to === undefined ? '—' : from && from !== to ? t('engagement.changeFromTo', { from, to }) : to;
  return (
    <Card
      title={title}
      className="card-wide"
      actions={
        <div className="card-actions">
          <form
            className="inline-search"
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              setTemplateName(search.trim() || null);
              pager.reset();
            }}
          >
            <InlineField label={t('quality.templateSearch')}>
              {(id) => <input id={id} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
            </InlineField>
            <button type="submit" className="button button-small">
              {t('common.search')}
            </button>
          </form>
          <HowComputed text={t('quality.how.templates')} />
        </div>
      }
    >
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={rows.length === 0}
        emptyText={connection ? t('quality.noTemplateChanges') : undefined}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <DataTable<Row>
          caption={title}
          captionHidden
          exportName="template-status-history"
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            {
              key: 'occurredAt',
              header: t('engagement.column.changedAt'),
              cell: (r) => fmt.dateTime(r.occurredAt),
              csv: (r) => r.occurredAt,
            },
            {
              key: 'template',
              header: t('engagement.column.template'),
              cell: (r) => (r.language ? `${r.templateName} (${r.language})` : r.templateName),
              csv: (r) => r.templateName,
            },
            {
              key: 'language',
              header: t('quality.column.language'),
              cell: (r) => r.language ?? '—',
              csv: (r) => r.language,
            },
            {
              key: 'category',
              header: t('complaints.by.CATEGORY'),
              cell: (r) => r.category ?? '—',
              csv: (r) => r.category,
            },
            {
              key: 'status',
              header: t('quality.column.status'),
              cell: (r) => fromTo(r.previousStatus, r.status),
              csv: (r) => r.status,
            },
            {
              key: 'previousStatus',
              header: t('quality.column.previousStatus'),
              cell: (r) => r.previousStatus ?? '—',
              csv: (r) => r.previousStatus,
            },
            {
              key: 'quality',
              header: t('engagement.column.quality'),
              cell: (r) => fromTo(r.previousQuality, r.quality),
              csv: (r) => r.quality,
            },
            {
              key: 'previousQuality',
              header: t('quality.column.previousQuality'),
              cell: (r) => r.previousQuality ?? '—',
              csv: (r) => r.previousQuality,
            },
            {
              key: 'reason',
              header: t('engagement.column.reason'),
              cell: (r) => r.reason ?? '—',
              csv: (r) => r.reason,
            },
            {
              key: 'account',
              header: t('engagement.column.number'),
              cell: (r) => r.accountId,
              csv: (r) => r.accountId,
            },
          ]}
        />
        {connection && <Pager connection={connection} pager={pager} />}
      </DataState>
    </Card>
  );
}
