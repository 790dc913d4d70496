import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import { Field } from '@web/components/ui/field';
import type { Role, UsersQuery as UsersData } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { EMAIL, isTimeZone, mergeErrors } from '../components/form-errors';
import { FormStatus } from '../components/form-status';
import { Pager } from '../components/pager';
import { RoleOptions } from '../components/role-options';
import { usePager } from '../components/use-pager';
import { CreateUserMutation, UpdateUserMutation, UsersQuery } from './users.graphql';

type User = UsersData['users']['nodes'][number];
const context = { additionalTypenames: ['User'] };
const MIN_PASSWORD = 8;

export function UsersPage() {
  const { t, fmt } = useI18n();
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: UsersQuery,
    variables: { page: pager.page },
    context: useMemo(() => context, []),
  });
  const [updateState, updateUser] = useMutation(UpdateUserMutation);
  const users = result.data?.users;

  const setRole = (user: User, role: Role) => void updateUser({ id: user.id, input: { role } });
  const toggleActive = (user: User) => void updateUser({ id: user.id, input: { active: !user.active } });

  return (
    <>
      <Card title={t('settings.users')}>
        <DataState
          fetching={result.fetching}
          error={result.error}
          empty={!users?.nodes.length}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          {users && (
            <>
              <FormStatus error={updateState.error} saved={false} />
              <DataTable<User>
                caption={t('settings.users')}
                captionHidden
                exportName="users"
                rows={users.nodes}
                rowKey={(u) => u.id}
                columns={[
                  { key: 'name', header: t('column.name'), cell: (u) => u.name, csv: (u) => u.name },
                  { key: 'email', header: t('column.email'), cell: (u) => u.email, csv: (u) => u.email },
                  {
                    key: 'role',
                    header: t('column.role'),
                    cell: (u) => (
                      <select
                        aria-label={t('users.roleOf', { name: u.name })}
                        value={u.role}
                        onChange={(e) => setRole(u, e.target.value as Role)}
                      >
                        <RoleOptions />
                      </select>
                    ),
                    csv: (u) => u.role.toLowerCase(),
                  },
                  {
                    key: 'active',
                    header: t('column.status'),
                    cell: (u) => t(u.active ? 'users.active' : 'users.inactive'),
                    csv: (u) => u.active,
                  },
                  {
                    key: 'lastLogin',
                    header: t('column.lastLogin'),
                    cell: (u) => (u.lastLoginAt ? fmt.dateTime(u.lastLoginAt) : '—'),
                    csv: (u) => u.lastLoginAt,
                  },
                  {
                    key: 'actions',
                    header: t('column.actions'),
                    cell: (u) => (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => toggleActive(u)}
                        aria-label={t(u.active ? 'users.deactivate' : 'users.activate', { name: u.name })}
                      >
                        {t(u.active ? 'users.deactivateShort' : 'users.activateShort')}
                      </button>
                    ),
                  },
                ]}
              />
              <Pager
                pageNumber={pager.pageNumber}
                totalCount={users.totalCount}
                shown={users.nodes.length}
                hasNextPage={users.pageInfo.hasNextPage}
                endCursor={users.pageInfo.endCursor}
                onNext={pager.next}
                onPrevious={pager.previous}
              />
            </>
          )}
        </DataState>
      </Card>
      <CreateUserForm />
    </>
  );
}

function CreateUserForm() {
  const { t } = useI18n();
  const empty = { name: '', email: '', role: 'VIEWER' as Role, password: '', timeZone: '' };
  const [values, setValues] = useState(empty);
  const [checked, setChecked] = useState(false);
  const [state, createUser] = useMutation(CreateUserMutation);
  const [saved, setSaved] = useState(false);
  const client = {
    name: checked && !values.name.trim() ? t('validation.required') : undefined,
    email: checked && !EMAIL.test(values.email.trim()) ? t('validation.email') : undefined,
    password:
      checked && values.password.length < MIN_PASSWORD
        ? t('validation.passwordLength', { count: MIN_PASSWORD })
        : undefined,
    timeZone: checked && values.timeZone && !isTimeZone(values.timeZone) ? t('validation.timeZone') : undefined,
  };
  const errors = mergeErrors(client, state.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setSaved(false);
    if (!values.name.trim() || !EMAIL.test(values.email.trim()) || values.password.length < MIN_PASSWORD) return;
    if (values.timeZone && !isTimeZone(values.timeZone)) return;
    const result = await createUser({
      input: {
        name: values.name.trim(),
        email: values.email.trim(),
        role: values.role,
        password: values.password,
        timeZone: values.timeZone || null,
      },
    });
    if (result.data) {
      setValues(empty);
      setChecked(false);
      setSaved(true);
    }
  };

  return (
    <Card title={t('users.create')}>
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('column.name')} error={errors.name}>
          {(a) => <input {...a} value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} />}
        </Field>
        <Field label={t('column.email')} error={errors.email}>
          {(a) => (
            <input
              {...a}
              type="email"
              value={values.email}
              onChange={(e) => setValues({ ...values, email: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('column.role')} error={errors.role}>
          {(a) => (
            <select {...a} value={values.role} onChange={(e) => setValues({ ...values, role: e.target.value as Role })}>
              <RoleOptions />
            </select>
          )}
        </Field>
        <Field
          label={t('users.initialPassword')}
          error={errors.password}
          hint={t('validation.passwordLength', { count: MIN_PASSWORD })}
        >
          {(a) => (
            <input
              {...a}
              type="password"
              autoComplete="new-password"
              value={values.password}
              onChange={(e) => setValues({ ...values, password: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('column.timeZone')} error={errors.timeZone} hint={t('users.timeZoneHint')}>
          {(a) => (
            <input
              {...a}
              value={values.timeZone}
              placeholder="Europe/Warsaw"
              onChange={(e) => setValues({ ...values, timeZone: e.target.value })}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={state.fetching}>
            {t('users.createSubmit')}
          </button>
          <FormStatus error={state.error} saved={saved} />
        </div>
      </form>
    </Card>
  );
}
