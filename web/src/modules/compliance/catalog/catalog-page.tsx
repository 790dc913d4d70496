import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useSession } from '@web/app/session-context';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import { InlineField } from '@web/components/ui/inline-field';
import { PageHeader } from '@web/components/ui/page-header';
import { Pager } from '@web/components/ui/pager';
import { usePager } from '@web/components/ui/use-pager';
import type { CatalogItemsQuery as CatalogItemsData } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FilterOptionsQuery } from '@web/modules/filters/graphql/filter-options';
import { ComplianceTabs } from '../compliance-tabs';
import { FileImport } from '../components/file-import';
import { CatalogItemsQuery, ImportCatalogItemsMutation } from './catalog.graphql';

type Item = CatalogItemsData['catalogItems']['nodes'][number];

const COLUMNS = ['itemId', 'title', 'description', 'url', 'accountId', 'removed'] as const;

/**
 * Compliance → Catalog: the product catalog shared in WhatsApp and Instagram shops, checked for prohibited goods
 * like business-sent text. Administrators and compliance officers import it (checked first); managers read it.
 */
export function ComplianceCatalogPage() {
  const { t } = useI18n();
  const { can } = useSession();
  return (
    <>
      <PageHeader title={t('nav.compliance')} subtitle={t('complianceCatalog.subtitle')} />
      <ComplianceTabs />
      {can('ADMIN', 'COMPLIANCE', 'MANAGER') ? (
        <>
          {can('ADMIN', 'COMPLIANCE') && <CatalogImport />}
          <CatalogItems />
        </>
      ) : (
        <div className="card" role="alert">
          <p>{t('complianceCatalog.forbidden')}</p>
        </div>
      )}
    </>
  );
}

function CatalogImport() {
  const { t } = useI18n();
  const [state, run] = useMutation(ImportCatalogItemsMutation);
  const [options] = useQuery({ query: FilterOptionsQuery });
  const accounts = options.data?.businessAccounts.nodes ?? [];
  const [accountId, setAccountId] = useState('');
  return (
    <FileImport
      title={t('complianceCatalog.import.title')}
      intro={t('complianceCatalog.import.intro')}
      columns={COLUMNS.map((column) => [column, t(`complianceCatalog.import.column.${column}`)] as const)}
      docs={t('complianceCatalog.import.docs')}
      errorsExportName="catalog-import-errors"
      send={async (input) =>
        (await run({ input: { ...input, ...(accountId && { accountId }) } })).data?.importCatalogItems ?? null
      }
      fetching={state.fetching}
      error={state.error}
      fieldsKey={accountId}
      summary={(result) =>
        t(result.dryRun ? 'complianceCatalog.import.checked' : 'complianceCatalog.import.done', {
          rows: result.rows,
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
          removed: result.removed,
          rejected: result.rejected,
        })
      }
    >
      <InlineField label={t('complianceCatalog.import.account')}>
        {(id) => (
          <select id={id} value={accountId} onChange={(e) => setAccountId(e.target.value)}>
            <option value="">{t('complianceCatalog.import.accountFromFile')}</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.externalId}>
                {`${a.displayName ?? a.displayPhoneNumber ?? a.externalId} · ${t(`channel.${a.channel}`)}`}
              </option>
            ))}
          </select>
        )}
      </InlineField>
    </FileImport>
  );
}

function CatalogItems() {
  const { t, fmt } = useI18n();
  const pager = usePager();
  // Applied when submitted: every keystroke would be a query.
  const [search, setSearch] = useState('');
  const [applied, setApplied] = useState<string | null>(null);
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const [result, reexecute] = useQuery({
    query: CatalogItemsQuery,
    variables: { page: pager.page, search: applied, includeRemoved },
  });
  const connection = result.data?.catalogItems;
  const rows = connection?.nodes ?? [];
  const title = t('complianceCatalog.items.title');
  return (
    <Card
      title={title}
      className="card-wide"
      actions={
        <form
          className="inline-search"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setApplied(search.trim() || null);
            pager.reset();
          }}
        >
          <InlineField label={t('complianceCatalog.items.search')}>
            {(id) => <input id={id} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
          </InlineField>
          <button type="submit" className="button button-small">
            {t('common.search')}
          </button>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={includeRemoved}
              onChange={(e) => {
                setIncludeRemoved(e.target.checked);
                pager.reset();
              }}
            />
            {t('complianceCatalog.items.includeRemoved')}
          </label>
        </form>
      }
    >
      <p className="field-hint">
        {t('complianceCatalog.items.hint')}{' '}
        <Link to="/compliance?kind=PROHIBITED_CONTENT">{t('complianceCatalog.items.violations')}</Link>
      </p>
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={rows.length === 0}
        emptyText={connection ? t('complianceCatalog.items.empty') : undefined}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <DataTable<Item>
          caption={title}
          captionHidden
          exportName="catalog-items"
          rows={rows}
          rowKey={(r) => r.itemId}
          columns={[
            { key: 'itemId', header: t('complianceCatalog.items.itemId'), cell: (r) => r.itemId, csv: (r) => r.itemId },
            {
              key: 'title',
              header: t('complianceCatalog.items.itemTitle'),
              cell: (r) =>
                r.url ? (
                  <a href={r.url} target="_blank" rel="noopener noreferrer">
                    {r.title}
                  </a>
                ) : (
                  r.title
                ),
              csv: (r) => r.title,
            },
            {
              key: 'account',
              header: t('complianceCatalog.items.account'),
              cell: (r) => r.accountId || '—',
              csv: (r) => r.accountId,
            },
            {
              key: 'updatedAt',
              header: t('complianceCatalog.items.updatedAt'),
              cell: (r) => fmt.dateTime(r.updatedAt),
              csv: (r) => r.updatedAt,
            },
            {
              key: 'removedAt',
              header: t('complianceCatalog.items.removedAt'),
              cell: (r) => (r.removedAt ? fmt.dateTime(r.removedAt) : '—'),
              csv: (r) => r.removedAt,
            },
          ]}
        />
        {connection && <Pager connection={connection} pager={pager} />}
      </DataState>
    </Card>
  );
}
