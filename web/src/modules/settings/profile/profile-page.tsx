import { useState } from 'react';
import { useMutation } from 'urql';
import { useSession } from '@web/app/session-context';
import { Card } from '@web/components/ui/card';
import { useI18n } from '@web/i18n/i18n-context';
import { FormActions } from '../components/form-actions';
import { isTimeZone } from '../components/form-errors';
import { SettingsForm } from '../components/settings-form';
import { TextField } from '../components/text-field';
import { useSettingsForm } from '../components/use-settings-form';
import { ChangeMyPasswordMutation, UpdateMyProfileMutation } from './profile.graphql';

const MIN_PASSWORD = 8;

export function ProfilePage() {
  const { t } = useI18n();
  const { viewer } = useSession();
  if (!viewer?.user) return <p className="muted">{t('profile.apiKeySession')}</p>;
  return (
    <>
      <ProfileForm name={viewer.user.name} timeZone={viewer.user.timeZone ?? ''} email={viewer.user.email} />
      <PasswordForm />
    </>
  );
}

function ProfileForm({
  name: initialName,
  timeZone: initialZone,
  email,
}: {
  name: string;
  timeZone: string;
  email: string;
}) {
  const { t } = useI18n();
  const { refresh, tenantTimeZone } = useSession();
  const [name, setName] = useState(initialName);
  const [timeZone, setTimeZone] = useState(initialZone);
  const [state, save] = useMutation(UpdateMyProfileMutation);
  const form = useSettingsForm(
    {
      name: !name.trim() ? t('validation.required') : undefined,
      timeZone: timeZone && !isTimeZone(timeZone) ? t('validation.timeZone') : undefined,
    },
    state,
  );
  // The session carries the name and zone shown elsewhere, so it reloads after a save.
  const submit = form.submit(
    () => save({ input: { name: name.trim(), timeZone: timeZone || null } }),
    () => refresh(),
  );

  return (
    <Card title={t('settings.profile')}>
      <p className="muted">{email}</p>
      <SettingsForm className="form-grid" errors={form.errors} onSubmit={submit}>
        <TextField path="name" label={t('column.name')} value={name} onChange={setName} />
        <TextField
          path="timeZone"
          label={t('column.timeZone')}
          hint={t('profile.timeZoneHint', { zone: tenantTimeZone })}
          placeholder={tenantTimeZone}
          value={timeZone}
          onChange={setTimeZone}
        />
        <FormActions {...form.status} submitLabel={t('common.save')} />
      </SettingsForm>
    </Card>
  );
}

function PasswordForm() {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [state, change] = useMutation(ChangeMyPasswordMutation);
  const form = useSettingsForm(
    {
      currentPassword: !current ? t('validation.required') : undefined,
      newPassword: next.length < MIN_PASSWORD ? t('validation.passwordLength', { count: MIN_PASSWORD }) : undefined,
      confirm: confirm !== next ? t('validation.passwordMismatch') : undefined,
    },
    state,
  );
  const submit = form.submit(
    () => change({ currentPassword: current, newPassword: next }),
    () => {
      setCurrent('');
      setNext('');
      setConfirm('');
    },
  );

  return (
    <Card title={t('profile.password')}>
      <SettingsForm className="form-grid" errors={form.errors} onSubmit={submit}>
        <TextField
          path="currentPassword"
          label={t('profile.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
        />
        <TextField
          path="newPassword"
          label={t('profile.newPassword')}
          hint={t('profile.passwordHint')}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={setNext}
        />
        <TextField
          path="confirm"
          label={t('profile.confirmPassword')}
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={setConfirm}
        />
        <FormActions {...form.status} submitLabel={t('profile.changePassword')} />
      </SettingsForm>
    </Card>
  );
}
