import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { Card } from '@web/components/ui/card';
import type { Column } from '@web/components/ui/data-table';
import type { ApiKeyFieldsFragment as ApiKey, ApiKeyRole } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { ConfirmButton } from '../components/confirm-button';
import { FormActions } from '../components/form-actions';
import { FormField } from '../components/form-field';
import { SettingsForm } from '../components/settings-form';
import { SettingsList } from '../components/settings-list';
import { TextField } from '../components/text-field';
import { usePagedList } from '../components/use-paged-list';
import { useSettingsForm } from '../components/use-settings-form';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from './api-keys.graphql';

const KEY_ROLES: readonly ApiKeyRole[] = ['INGEST', 'VIEWER', 'MARKETER', 'COMPLIANCE', 'MANAGER', 'ADMIN'];

export function ApiKeysPage() {
  const { t, fmt } = useI18n();
  const list = usePagedList(ApiKeysQuery, { typename: 'ApiKey', select: (data) => data.apiKeys });
  // Revoking returns the key with revokedAt, so the cache updates the row without a refetch.
  const [revokeState, revoke] = useMutation(RevokeApiKeyMutation);

  const columns: Column<ApiKey>[] = [
    { key: 'name', header: t('column.name'), cell: (k) => k.name, csv: (k) => k.name },
    {
      key: 'prefix',
      header: t('apiKeys.prefix'),
      cell: (k) => <code>{k.prefix}…</code>,
      csv: (k) => k.prefix,
    },
    {
      key: 'role',
      header: t('column.role'),
      cell: (k) => t(`role.${k.role}`),
      csv: (k) => k.role.toLowerCase(),
    },
    {
      key: 'created',
      header: t('column.created'),
      cell: (k) => fmt.dateTime(k.createdAt),
      csv: (k) => k.createdAt,
    },
    {
      key: 'lastUsed',
      header: t('apiKeys.lastUsed'),
      cell: (k) => (k.lastUsedAt ? fmt.dateTime(k.lastUsedAt) : t('apiKeys.neverUsed')),
      csv: (k) => k.lastUsedAt,
    },
    {
      key: 'status',
      header: t('column.status'),
      cell: (k) => (k.revokedAt ? t('apiKeys.revokedAt', { date: fmt.dateTime(k.revokedAt) }) : t('users.active')),
      csv: (k) => k.revokedAt,
    },
  ];

  return (
    <>
      <CreateApiKeyForm />
      <SettingsList
        title={t('settings.apiKeys')}
        list={list}
        columns={columns}
        actions={(k) =>
          k.revokedAt ? null : (
            <ConfirmButton
              name={k.name}
              onConfirm={() => void revoke({ id: k.id })}
              question={t('apiKeys.revokeConfirm', { name: k.name })}
              ariaLabel={t('apiKeys.revoke', { name: k.name })}
              text={t('apiKeys.revokeShort')}
            />
          )
        }
        exportName="api-keys"
        actionError={revokeState.error}
      />
    </>
  );
}

function CreateApiKeyForm() {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [role, setRole] = useState<ApiKeyRole>('INGEST');
  const [state, create] = useMutation(CreateApiKeyMutation);
  const form = useSettingsForm({ name: !name.trim() ? t('validation.required') : undefined }, state);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const secretRef = useRef<HTMLInputElement>(null);

  const save = () => create({ input: { name: name.trim(), role } });
  const created = ({ data }: Awaited<ReturnType<typeof save>>) => {
    if (!data) return;
    // The secret exists only in this response; it is kept in memory until the user dismisses it.
    setSecret({ name: data.createApiKey.apiKey.name, value: data.createApiKey.secret });
    setCopied(false);
    setName('');
    setTimeout(() => secretRef.current?.select(), 0);
  };

  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret.value);
      setCopied(true);
    } catch {
      secretRef.current?.select();
    }
  };

  return (
    <Card title={t('apiKeys.create')}>
      {secret && (
        <div className="secret-box" role="alert">
          <p>
            <strong>{t('apiKeys.secretOnce', { name: secret.name })}</strong>
          </p>
          <label htmlFor="api-key-secret" className="visually-hidden">
            {t('apiKeys.secret')}
          </label>
          <div className="secret-row">
            <input
              id="api-key-secret"
              ref={secretRef}
              readOnly
              value={secret.value}
              className="secret-value"
              onFocus={(e) => e.target.select()}
            />
            <button type="button" className="button" onClick={() => void copy()}>
              {copied ? t('apiKeys.copied') : t('apiKeys.copy')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setSecret(null)}>
              {t('apiKeys.dismiss')}
            </button>
          </div>
        </div>
      )}
      <SettingsForm className="form-grid" errors={form.errors} onSubmit={form.submit(save, created)}>
        <TextField path="name" label={t('column.name')} value={name} onChange={setName} />
        <FormField path="role" label={t('column.role')} hint={t('apiKeys.roleHint')}>
          {(a) => (
            <select {...a} value={role} onChange={(e) => setRole(e.target.value as ApiKeyRole)}>
              {KEY_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {/* The one-time secret box stands in for a "Saved" confirmation. */}
        <FormActions {...form.status} saved={false} submitLabel={t('apiKeys.createSubmit')} />
      </SettingsForm>
    </Card>
  );
}
