import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '@web/app/session-context';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable, type Column } from '@web/components/ui/data-table';
import type { CampaignFieldsFragment as Campaign } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FormStatus } from '../components/form-status';
import { Pager } from '../components/pager';
import { usePager } from '../components/use-pager';
import { CampaignForm } from './campaign-form';
import { CampaignsQuery, DeleteCampaignMutation } from './campaigns.graphql';
import { SpendEditor } from './spend-editor';
import { InlineField } from '@web/components/ui/inline-field';

const context = { additionalTypenames: ['Campaign'] };

export function CampaignsPage() {
  const { t, fmt } = useI18n();
  const { can } = useSession();
  const editable = can('ADMIN', 'MARKETER');
  const pager = usePager();
  const [search, setSearch] = useState('');
  const [result, reexecute] = useQuery({
    query: CampaignsQuery,
    variables: { page: pager.page, search: search.trim() || null },
    context: useMemo(() => context, []),
  });
  const [deleteState, remove] = useMutation(DeleteCampaignMutation);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [spendId, setSpendId] = useState<string | null>(null);
  const campaigns = result.data?.campaigns;
  const editing = campaigns?.nodes.find((c) => c.id === editingId) ?? null;
  const spendOf = campaigns?.nodes.find((c) => c.id === spendId) ?? null;
  const refetch = () => reexecute({ requestPolicy: 'network-only' });

  const del = async (campaign: Campaign) => {
    if (!window.confirm(t('common.deleteConfirm', { name: campaign.name }))) return;
    const outcome = await remove({ id: campaign.id });
    if (!outcome.error) refetch();
  };

  const columns: Column<Campaign>[] = [
    { key: 'name', header: t('column.name'), cell: (c) => c.name, csv: (c) => c.name },
    { key: 'key', header: t('campaigns.key'), cell: (c) => <code>{c.key}</code>, csv: (c) => c.key },
    {
      key: 'channel',
      header: t('column.channel'),
      cell: (c) => (c.channel ? t(`channel.${c.channel}`) : t('campaigns.severalChannels')),
      csv: (c) => c.channel?.toLowerCase(),
    },
    {
      key: 'source',
      header: t('campaigns.sourceKind'),
      cell: (c) => t(`sourceKind.${c.sourceKind}`),
      csv: (c) => c.sourceKind.toLowerCase(),
    },
    {
      key: 'codes',
      header: t('campaigns.codes'),
      cell: (c) => c.codes.map((code) => code.value).join(', ') || '—',
      csv: (c) => c.codes.map((code) => `${code.kind.toLowerCase()}:${code.value}`).join(' '),
    },
    {
      key: 'dates',
      header: t('campaigns.dates'),
      cell: (c) =>
        [c.startsOn && fmt.date(c.startsOn), c.endsOn && fmt.date(c.endsOn)].filter(Boolean).join(' – ') || '—',
      csv: (c) => [c.startsOn ?? '', c.endsOn ?? ''].join('/'),
    },
    {
      key: 'spend',
      header: t('campaigns.totalSpend'),
      cell: (c) => fmt.money(c.totalSpend, c.currency),
      csv: (c) => c.totalSpend,
      numeric: true,
    },
    { key: 'currency', header: t('campaigns.currency'), cell: (c) => c.currency, csv: (c) => c.currency },
    {
      key: 'actions',
      header: t('column.actions'),
      cell: (c) => (
        <span className="row-actions">
          <button
            type="button"
            className="button button-small"
            onClick={() => setSpendId(c.id)}
            aria-label={t('campaigns.spendNamed', { name: c.name })}
          >
            {t('campaigns.spendShort')}
          </button>
          {editable && (
            <>
              <button
                type="button"
                className="button button-small"
                onClick={() => setEditingId(c.id)}
                aria-label={t('common.editNamed', { name: c.name })}
              >
                {t('common.edit')}
              </button>
              <button
                type="button"
                className="button button-small button-danger"
                onClick={() => void del(c)}
                aria-label={t('common.deleteNamed', { name: c.name })}
              >
                {t('common.delete')}
              </button>
            </>
          )}
        </span>
      ),
    },
  ];

  return (
    <>
      <Card title={t('settings.campaigns')}>
        <div className="table-search">
          <InlineField label={t('common.search')}>
            {(id) => <input id={id} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
          </InlineField>
        </div>
        <FormStatus error={deleteState.error} saved={false} />
        <DataState
          fetching={result.fetching}
          error={result.error}
          empty={!campaigns?.nodes.length}
          emptyText={t('campaigns.empty')}
          onRetry={refetch}
        >
          {campaigns && (
            <>
              <DataTable
                caption={t('settings.campaigns')}
                captionHidden
                exportName="campaigns"
                rows={campaigns.nodes}
                rowKey={(c) => c.id}
                columns={columns}
              />
              <Pager
                pageNumber={pager.pageNumber}
                totalCount={campaigns.totalCount}
                shown={campaigns.nodes.length}
                hasNextPage={campaigns.pageInfo.hasNextPage}
                endCursor={campaigns.pageInfo.endCursor}
                onNext={pager.next}
                onPrevious={pager.previous}
              />
            </>
          )}
        </DataState>
      </Card>
      {spendOf && <SpendEditor campaign={spendOf} editable={editable} onClose={() => setSpendId(null)} />}
      {editable ? (
        <CampaignForm key={editing?.id ?? 'new'} campaign={editing} onDone={() => setEditingId(null)} />
      ) : (
        <p className="muted">{t('settings.readOnly')}</p>
      )}
    </>
  );
}
