import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import { Field } from '@web/components/ui/field';
import type { ApiKeyRole, ApiKeysQuery as ApiKeysData } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { mergeErrors } from '../components/form-errors';
import { FormStatus } from '../components/form-status';
import { Pager } from '../components/pager';
import { usePager } from '../components/use-pager';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from './api-keys.graphql';

type ApiKey = ApiKeysData['apiKeys']['nodes'][number];
const KEY_ROLES: readonly ApiKeyRole[] = ['INGEST', 'VIEWER', 'MARKETER', 'COMPLIANCE', 'MANAGER', 'ADMIN'];
const context = { additionalTypenames: ['ApiKey'] };

export function ApiKeysPage() {
  const { t, fmt } = useI18n();
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: ApiKeysQuery,
    variables: { page: pager.page },
    context: useMemo(() => context, []),
  });
  const [revokeState, revoke] = useMutation(RevokeApiKeyMutation);
  const keys = result.data?.apiKeys;

  const revokeKey = (key: ApiKey) => {
    if (window.confirm(t('apiKeys.revokeConfirm', { name: key.name }))) void revoke({ id: key.id });
  };

  return (
    <>
      <CreateApiKeyForm />
      <Card title={t('settings.apiKeys')}>
        <FormStatus error={revokeState.error} saved={false} />
        <DataState
          fetching={result.fetching}
          error={result.error}
          empty={!keys?.nodes.length}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          {keys && (
            <>
              <DataTable<ApiKey>
                caption={t('settings.apiKeys')}
                captionHidden
                exportName="api-keys"
                rows={keys.nodes}
                rowKey={(k) => k.id}
                columns={[
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
                    cell: (k) =>
                      k.revokedAt ? t('apiKeys.revokedAt', { date: fmt.dateTime(k.revokedAt) }) : t('users.active'),
                    csv: (k) => k.revokedAt,
                  },
                  {
                    key: 'actions',
                    header: t('column.actions'),
                    cell: (k) =>
                      k.revokedAt ? null : (
                        <button
                          type="button"
                          className="button button-small button-danger"
                          onClick={() => revokeKey(k)}
                          aria-label={t('apiKeys.revoke', { name: k.name })}
                        >
                          {t('apiKeys.revokeShort')}
                        </button>
                      ),
                  },
                ]}
              />
              <Pager
                pageNumber={pager.pageNumber}
                totalCount={keys.totalCount}
                shown={keys.nodes.length}
                hasNextPage={keys.pageInfo.hasNextPage}
                endCursor={keys.pageInfo.endCursor}
                onNext={pager.next}
                onPrevious={pager.previous}
              />
            </>
          )}
        </DataState>
      </Card>
    </>
  );
}

function CreateApiKeyForm() {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [role, setRole] = useState<ApiKeyRole>('INGEST');
  const [checked, setChecked] = useState(false);
  const [state, create] = useMutation(CreateApiKeyMutation);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const secretRef = useRef<HTMLInputElement>(null);
  const errors = mergeErrors({ name: checked && !name.trim() ? t('validation.required') : undefined }, state.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!name.trim()) return;
    const result = await create({ input: { name: name.trim(), role } });
    if (result.data) {
      // The secret exists only in this response; it is kept in memory until the user dismisses it.
      setSecret({ name: result.data.createApiKey.apiKey.name, value: result.data.createApiKey.secret });
      setCopied(false);
      setName('');
      setChecked(false);
      setTimeout(() => secretRef.current?.select(), 0);
    }
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
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('column.name')} error={errors.name}>
          {(a) => <input {...a} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('column.role')} error={errors.role} hint={t('apiKeys.roleHint')}>
          {(a) => (
            <select {...a} value={role} onChange={(e) => setRole(e.target.value as ApiKeyRole)}>
              {KEY_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={state.fetching}>
            {t('apiKeys.createSubmit')}
          </button>
          <FormStatus error={state.error} saved={false} />
        </div>
      </form>
    </Card>
  );
}
