import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '@web/app/session-context';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable, type Column } from '@web/components/ui/data-table';
import { Field } from '@web/components/ui/field';
import type { BusinessAccountFieldsFragment as Account, Channel } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { CHANNELS } from '@web/lib/channels';
import { mergeErrors } from '../components/form-errors';
import { FormStatus } from '../components/form-status';
import { Pager } from '../components/pager';
import { usePager } from '../components/use-pager';
import {
  BusinessAccountsQuery,
  CreateBusinessAccountMutation,
  DeleteBusinessAccountMutation,
  UpdateBusinessAccountMutation,
} from './numbers.graphql';

const context = { additionalTypenames: ['BusinessAccount'] };

export function NumbersPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const editable = can('ADMIN');
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: BusinessAccountsQuery,
    variables: { page: pager.page },
    context: useMemo(() => context, []),
  });
  const [deleteState, remove] = useMutation(DeleteBusinessAccountMutation);
  const [editing, setEditing] = useState<Account | null>(null);
  const accounts = result.data?.businessAccounts;
  const refetch = () => reexecute({ requestPolicy: 'network-only' });

  const del = async (account: Account) => {
    if (!window.confirm(t('common.deleteConfirm', { name: account.displayName ?? account.externalId }))) return;
    const outcome = await remove({ id: account.id });
    if (!outcome.error) refetch();
  };

  const columns: Column<Account>[] = [
    {
      key: 'channel',
      header: t('column.channel'),
      cell: (a) => t(`channel.${a.channel}`),
      csv: (a) => a.channel.toLowerCase(),
    },
    { key: 'name', header: t('column.name'), cell: (a) => a.displayName ?? '—', csv: (a) => a.displayName },
    {
      key: 'phone',
      header: t('numbers.phone'),
      cell: (a) => a.displayPhoneNumber ?? '—',
      csv: (a) => a.displayPhoneNumber,
    },
    {
      key: 'externalId',
      header: t('numbers.externalId'),
      cell: (a) => <code>{a.externalId}</code>,
      csv: (a) => a.externalId,
    },
    { key: 'wabaId', header: t('numbers.wabaId'), cell: (a) => a.wabaId ?? '—', csv: (a) => a.wabaId },
    {
      key: 'verified',
      header: t('numbers.verified'),
      cell: (a) => t(a.verified ? 'common.yes' : 'common.no'),
      csv: (a) => a.verified,
    },
  ];
  if (editable) {
    columns.push({
      key: 'actions',
      header: t('column.actions'),
      cell: (a) => (
        <span className="row-actions">
          <button
            type="button"
            className="button button-small"
            onClick={() => setEditing(a)}
            aria-label={t('common.editNamed', { name: a.displayName ?? a.externalId })}
          >
            {t('common.edit')}
          </button>
          <button
            type="button"
            className="button button-small button-danger"
            onClick={() => void del(a)}
            aria-label={t('common.deleteNamed', { name: a.displayName ?? a.externalId })}
          >
            {t('common.delete')}
          </button>
        </span>
      ),
    });
  }

  return (
    <>
      <Card title={t('settings.numbers')}>
        <FormStatus error={deleteState.error} saved={false} />
        <DataState
          fetching={result.fetching}
          error={result.error}
          empty={!accounts?.nodes.length}
          emptyText={t('numbers.empty')}
          onRetry={refetch}
        >
          {accounts && (
            <>
              <DataTable
                caption={t('settings.numbers')}
                captionHidden
                exportName="numbers"
                rows={accounts.nodes}
                rowKey={(a) => a.id}
                columns={columns}
              />
              <Pager
                pageNumber={pager.pageNumber}
                totalCount={accounts.totalCount}
                shown={accounts.nodes.length}
                hasNextPage={accounts.pageInfo.hasNextPage}
                endCursor={accounts.pageInfo.endCursor}
                onNext={pager.next}
                onPrevious={pager.previous}
              />
            </>
          )}
        </DataState>
      </Card>
      {editable ? (
        <AccountForm key={editing?.id ?? 'new'} account={editing} onDone={() => setEditing(null)} />
      ) : (
        <p className="muted">{t('settings.readOnly')}</p>
      )}
    </>
  );
}

function AccountForm({ account, onDone }: { account: Account | null; onDone: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState({
    channel: account?.channel ?? 'WHATSAPP',
    externalId: account?.externalId ?? '',
    wabaId: account?.wabaId ?? '',
    displayPhoneNumber: account?.displayPhoneNumber ?? '',
    displayName: account?.displayName ?? '',
    verified: account?.verified ?? false,
  });
  const [checked, setChecked] = useState(false);
  const [createState, create] = useMutation(CreateBusinessAccountMutation);
  const [updateState, update] = useMutation(UpdateBusinessAccountMutation);
  const [saved, setSaved] = useState(false);
  const state = account ? updateState : createState;
  const errors = mergeErrors(
    { externalId: checked && !values.externalId.trim() ? t('validation.required') : undefined },
    state.error,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setSaved(false);
    if (!values.externalId.trim()) return;
    const input = {
      channel: values.channel,
      externalId: values.externalId.trim(),
      wabaId: values.channel === 'WHATSAPP' ? values.wabaId.trim() || null : null,
      displayPhoneNumber: values.displayPhoneNumber.trim() || null,
      displayName: values.displayName.trim() || null,
      verified: values.verified,
    };
    const outcome = account ? await update({ id: account.id, input }) : await create({ input });
    if (!outcome.error) {
      setSaved(true);
      if (account) onDone();
      else
        setValues({ ...values, externalId: '', wabaId: '', displayPhoneNumber: '', displayName: '', verified: false });
      setChecked(false);
    }
  };

  return (
    <Card
      title={account ? t('numbers.edit', { name: account.displayName ?? account.externalId }) : t('numbers.create')}
    >
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('column.channel')} error={errors.channel}>
          {(a) => (
            <select
              {...a}
              value={values.channel}
              onChange={(e) => setValues({ ...values, channel: e.target.value as Channel })}
            >
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`channel.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('numbers.externalId')} error={errors.externalId} hint={t('numbers.externalIdHint')}>
          {(a) => (
            <input
              {...a}
              value={values.externalId}
              onChange={(e) => setValues({ ...values, externalId: e.target.value })}
            />
          )}
        </Field>
        {values.channel === 'WHATSAPP' && (
          <Field label={t('numbers.wabaId')} error={errors.wabaId}>
            {(a) => (
              <input {...a} value={values.wabaId} onChange={(e) => setValues({ ...values, wabaId: e.target.value })} />
            )}
          </Field>
        )}
        <Field label={t('numbers.phone')} error={errors.displayPhoneNumber}>
          {(a) => (
            <input
              {...a}
              type="tel"
              value={values.displayPhoneNumber}
              onChange={(e) => setValues({ ...values, displayPhoneNumber: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('column.name')} error={errors.displayName}>
          {(a) => (
            <input
              {...a}
              value={values.displayName}
              onChange={(e) => setValues({ ...values, displayName: e.target.value })}
            />
          )}
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.verified}
            onChange={(e) => setValues({ ...values, verified: e.target.checked })}
          />
          {t('numbers.verified')}
        </label>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={state.fetching}>
            {account ? t('common.save') : t('numbers.createSubmit')}
          </button>
          {account && (
            <button type="button" className="button button-secondary" onClick={onDone}>
              {t('common.cancel')}
            </button>
          )}
          <FormStatus error={state.error} saved={saved} />
        </div>
      </form>
    </Card>
  );
}
