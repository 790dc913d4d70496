import { useState } from 'react';
import { useSession } from '@web/app/session-context';
import { Card } from '@web/components/ui/card';
import type { Column } from '@web/components/ui/data-table';
import type { BusinessAccountFieldsFragment as Account, Channel } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { CHANNELS } from '@web/lib/channels';
import { FormActions } from '../components/form-actions';
import { FormField } from '../components/form-field';
import { RowActions } from '../components/row-actions';
import { SettingsForm } from '../components/settings-form';
import { SettingsList } from '../components/settings-list';
import { TextField } from '../components/text-field';
import { useDeleteMutation } from '../components/use-delete-mutation';
import { useFormValues } from '../components/use-form-values';
import { usePagedList } from '../components/use-paged-list';
import { useSaveMutation } from '../components/use-save-mutation';
import { useSettingsForm } from '../components/use-settings-form';
import {
  BusinessAccountsQuery,
  CreateBusinessAccountMutation,
  DeleteBusinessAccountMutation,
  UpdateBusinessAccountMutation,
} from './numbers.graphql';

const accountName = (account: Account) => account.displayName ?? account.externalId;

export function NumbersPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const editable = can('ADMIN');
  const list = usePagedList(BusinessAccountsQuery, {
    typename: 'BusinessAccount',
    select: (data) => data.businessAccounts,
  });
  const deletion = useDeleteMutation(DeleteBusinessAccountMutation, list.refetch);
  const [editing, setEditing] = useState<Account | null>(null);

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

  return (
    <>
      <SettingsList
        title={t('settings.numbers')}
        list={list}
        columns={columns}
        actions={
          editable
            ? (a) => (
                <RowActions name={accountName(a)} onEdit={() => setEditing(a)} onDelete={() => deletion.remove(a.id)} />
              )
            : undefined
        }
        exportName="numbers"
        emptyText={t('numbers.empty')}
        actionError={deletion.error}
      />
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
  const { values, setValues, set, field } = useFormValues({
    channel: account?.channel ?? 'WHATSAPP',
    externalId: account?.externalId ?? '',
    wabaId: account?.wabaId ?? '',
    displayPhoneNumber: account?.displayPhoneNumber ?? '',
    displayName: account?.displayName ?? '',
    verified: account?.verified ?? false,
  });
  const mutation = useSaveMutation(CreateBusinessAccountMutation, UpdateBusinessAccountMutation, account?.id);
  const form = useSettingsForm(
    { externalId: !values.externalId.trim() ? t('validation.required') : undefined },
    mutation,
  );
  const save = () =>
    mutation.save({
      channel: values.channel,
      externalId: values.externalId.trim(),
      wabaId: values.channel === 'WHATSAPP' ? values.wabaId.trim() || null : null,
      displayPhoneNumber: values.displayPhoneNumber.trim() || null,
      displayName: values.displayName.trim() || null,
      verified: values.verified,
    });
  const saved = () =>
    account
      ? onDone()
      : setValues({ ...values, externalId: '', wabaId: '', displayPhoneNumber: '', displayName: '', verified: false });

  return (
    <Card title={account ? t('numbers.edit', { name: accountName(account) }) : t('numbers.create')}>
      <SettingsForm className="form-grid" errors={form.errors} onSubmit={form.submit(save, saved)}>
        <FormField path="channel" label={t('column.channel')}>
          {(a) => (
            <select {...a} value={values.channel} onChange={(e) => set('channel', e.target.value as Channel)}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`channel.${c}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <TextField label={t('numbers.externalId')} hint={t('numbers.externalIdHint')} {...field('externalId')} />
        {values.channel === 'WHATSAPP' && <TextField label={t('numbers.wabaId')} {...field('wabaId')} />}
        <TextField label={t('numbers.phone')} type="tel" {...field('displayPhoneNumber')} />
        <TextField label={t('column.name')} {...field('displayName')} />
        <label className="checkbox">
          <input type="checkbox" checked={values.verified} onChange={(e) => set('verified', e.target.checked)} />
          {t('numbers.verified')}
        </label>
        <FormActions
          {...form.status}
          submitLabel={account ? t('common.save') : t('numbers.createSubmit')}
          onCancel={account ? onDone : undefined}
        />
      </SettingsForm>
    </Card>
  );
}
