import { useMutation } from 'urql';
import { Card } from '@web/components/ui/card';
import type { Column } from '@web/components/ui/data-table';
import type { Role, UserFieldsFragment as User } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FormActions } from '../components/form-actions';
import { EMAIL, isTimeZone } from '../components/form-errors';
import { FormField } from '../components/form-field';
import { RoleOptions } from '../components/role-options';
import { SettingsForm } from '../components/settings-form';
import { SettingsList } from '../components/settings-list';
import { TextField } from '../components/text-field';
import { useFormValues } from '../components/use-form-values';
import { usePagedList } from '../components/use-paged-list';
import { useSettingsForm } from '../components/use-settings-form';
import { CreateUserMutation, UpdateUserMutation, UsersQuery } from './users.graphql';

const MIN_PASSWORD = 8;

export function UsersPage() {
  const { t, fmt } = useI18n();
  const list = usePagedList(UsersQuery, { typename: 'User', select: (data) => data.users });
  const [updateState, updateUser] = useMutation(UpdateUserMutation);

  const setRole = (user: User, role: Role) => void updateUser({ id: user.id, input: { role } });
  const toggleActive = (user: User) => void updateUser({ id: user.id, input: { active: !user.active } });

  const columns: Column<User>[] = [
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
  ];

  return (
    <>
      <SettingsList
        title={t('settings.users')}
        list={list}
        columns={columns}
        actions={(u) => (
          <button
            type="button"
            className="button button-small"
            onClick={() => toggleActive(u)}
            aria-label={t(u.active ? 'users.deactivate' : 'users.activate', { name: u.name })}
          >
            {t(u.active ? 'users.deactivateShort' : 'users.activateShort')}
          </button>
        )}
        exportName="users"
        actionError={updateState.error}
      />
      <CreateUserForm />
    </>
  );
}

function CreateUserForm() {
  const { t } = useI18n();
  const empty = { name: '', email: '', role: 'VIEWER' as Role, password: '', timeZone: '' };
  const { values, setValues, set, field } = useFormValues(empty);
  const [state, createUser] = useMutation(CreateUserMutation);
  const form = useSettingsForm(
    {
      name: !values.name.trim() ? t('validation.required') : undefined,
      email: !EMAIL.test(values.email.trim()) ? t('validation.email') : undefined,
      password:
        values.password.length < MIN_PASSWORD ? t('validation.passwordLength', { count: MIN_PASSWORD }) : undefined,
      timeZone: values.timeZone && !isTimeZone(values.timeZone) ? t('validation.timeZone') : undefined,
    },
    state,
  );
  const save = () =>
    createUser({
      input: {
        name: values.name.trim(),
        email: values.email.trim(),
        role: values.role,
        password: values.password,
        timeZone: values.timeZone || null,
      },
    });

  return (
    <Card title={t('users.create')}>
      <SettingsForm className="form-grid" errors={form.errors} onSubmit={form.submit(save, () => setValues(empty))}>
        <TextField label={t('column.name')} {...field('name')} />
        <TextField label={t('column.email')} type="email" {...field('email')} />
        <FormField path="role" label={t('column.role')}>
          {(a) => (
            <select {...a} value={values.role} onChange={(e) => set('role', e.target.value as Role)}>
              <RoleOptions />
            </select>
          )}
        </FormField>
        <TextField
          label={t('users.initialPassword')}
          hint={t('validation.passwordLength', { count: MIN_PASSWORD })}
          type="password"
          autoComplete="new-password"
          {...field('password')}
        />
        <TextField
          label={t('column.timeZone')}
          hint={t('users.timeZoneHint')}
          placeholder="Europe/Warsaw"
          {...field('timeZone')}
        />
        <FormActions {...form.status} submitLabel={t('users.createSubmit')} />
      </SettingsForm>
    </Card>
  );
}
