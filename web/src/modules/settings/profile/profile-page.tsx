import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useSession } from '@web/app/session-context';
import { Card } from '@web/components/ui/card';
import { Field } from '@web/components/ui/field';
import { useI18n } from '@web/i18n/i18n-context';
import { isTimeZone, mergeErrors } from '../components/form-errors';
import { FormStatus } from '../components/form-status';
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
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const [state, save] = useMutation(UpdateMyProfileMutation);
  const client = {
    name: !name.trim() ? t('validation.required') : undefined,
    timeZone: timeZone && !isTimeZone(timeZone) ? t('validation.timeZone') : undefined,
  };
  const errors = mergeErrors(checked ? client : {}, state.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setSaved(false);
    if (client.name || client.timeZone) return;
    const outcome = await save({ input: { name: name.trim(), timeZone: timeZone || null } });
    if (!outcome.error) {
      setSaved(true);
      setChecked(false);
      refresh();
    }
  };

  return (
    <Card title={t('settings.profile')}>
      <p className="muted">{email}</p>
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('column.name')} error={errors.name}>
          {(a) => <input {...a} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field
          label={t('column.timeZone')}
          error={errors.timeZone}
          hint={t('profile.timeZoneHint', { zone: tenantTimeZone })}
        >
          {(a) => (
            <input {...a} value={timeZone} placeholder={tenantTimeZone} onChange={(e) => setTimeZone(e.target.value)} />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={state.fetching}>
            {t('common.save')}
          </button>
          <FormStatus error={state.error} saved={saved} />
        </div>
      </form>
    </Card>
  );
}

function PasswordForm() {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const [state, change] = useMutation(ChangeMyPasswordMutation);
  const client = {
    currentPassword: !current ? t('validation.required') : undefined,
    newPassword: next.length < MIN_PASSWORD ? t('validation.passwordLength', { count: MIN_PASSWORD }) : undefined,
    confirm: confirm !== next ? t('validation.passwordMismatch') : undefined,
  };
  const errors = mergeErrors(checked ? client : {}, state.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setSaved(false);
    if (Object.values(client).some(Boolean)) return;
    const outcome = await change({ currentPassword: current, newPassword: next });
    if (!outcome.error) {
      setSaved(true);
      setChecked(false);
      setCurrent('');
      setNext('');
      setConfirm('');
    }
  };

  return (
    <Card title={t('profile.password')}>
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('profile.currentPassword')} error={errors.currentPassword}>
          {(a) => (
            <input
              {...a}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('profile.newPassword')} error={errors.newPassword} hint={t('profile.passwordHint')}>
          {(a) => (
            <input
              {...a}
              type="password"
              autoComplete="new-password"
              value={next}
              onChange={(e) => setNext(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('profile.confirmPassword')} error={errors.confirm}>
          {(a) => (
            <input
              {...a}
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={state.fetching}>
            {t('profile.changePassword')}
          </button>
          <FormStatus error={state.error} saved={saved} />
        </div>
      </form>
    </Card>
  );
}
