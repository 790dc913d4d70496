import { useState } from 'react';
import { useSession } from '@web/app/session-context';
import type { Column } from '@web/components/ui/data-table';
import { InlineField } from '@web/components/ui/inline-field';
import type { CampaignFieldsFragment as Campaign } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { RowActions } from '../components/row-actions';
import { SettingsList } from '../components/settings-list';
import { useDeleteMutation } from '../components/use-delete-mutation';
import { usePagedList } from '../components/use-paged-list';
import { CampaignForm } from './campaign-form';
import { CampaignsQuery, DeleteCampaignMutation } from './campaigns.graphql';
import { SpendEditor } from './spend-editor';

export function CampaignsPage() {
  const { t, fmt } = useI18n();
  const { can } = useSession();
  const editable = can('ADMIN', 'MARKETER');
  const [search, setSearch] = useState('');
  const list = usePagedList(CampaignsQuery, {
    typename: 'Campaign',
    select: (data) => data.campaigns,
    variables: { search: search.trim() || null },
  });
  const deletion = useDeleteMutation(DeleteCampaignMutation, list.refetch);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [spendId, setSpendId] = useState<string | null>(null);
  const editing = list.connection?.nodes.find((c) => c.id === editingId) ?? null;
  const spendOf = list.connection?.nodes.find((c) => c.id === spendId) ?? null;

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
  ];

  return (
    <>
      <SettingsList
        title={t('settings.campaigns')}
        list={list}
        columns={columns}
        actions={(c) => (
          <RowActions
            name={c.name}
            onEdit={editable ? () => setEditingId(c.id) : undefined}
            onDelete={editable ? () => deletion.remove(c.id) : undefined}
          >
            <button
              type="button"
              className="button button-small"
              onClick={() => setSpendId(c.id)}
              aria-label={t('campaigns.spendNamed', { name: c.name })}
            >
              {t('campaigns.spendShort')}
            </button>
          </RowActions>
        )}
        exportName="campaigns"
        emptyText={t('campaigns.empty')}
        actionError={deletion.error}
        toolbar={
          <div className="table-search">
            <InlineField label={t('common.search')}>
              {(id) => <input id={id} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
            </InlineField>
          </div>
        }
      />
      {spendOf && <SpendEditor campaign={spendOf} editable={editable} onClose={() => setSpendId(null)} />}
      {editable ? (
        <CampaignForm key={editing?.id ?? 'new'} campaign={editing} onDone={() => setEditingId(null)} />
      ) : (
        <p className="muted">{t('settings.readOnly')}</p>
      )}
    </>
  );
}
