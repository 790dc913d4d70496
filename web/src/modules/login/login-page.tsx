import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { LoginMutation } from '@web/app/graphql/session';
import { useSession } from '@web/app/session-context';
import { useErrorText } from '@web/components/ui/error-message';
import { Field } from '@web/components/ui/field';
import { useI18n } from '@web/i18n/i18n-context';
import { LocaleSwitcher } from '@web/modules/layout/locale-switcher';

/** Where to go after signing in: only paths on this site, never another origin. */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/overview';
}

export function LoginPage() {
  const { t } = useI18n();
  const { viewer, refresh } = useSession();
  const [params] = useSearchParams();
  const errorText = useErrorText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const [state, login] = useMutation(LoginMutation);
  const next = safeNext(params.get('next'));

  useEffect(() => {
    if (state.data?.login) refresh();
  }, [state.data, refresh]);

  if (viewer) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const gaps = { email: !email.trim(), password: !password };
    setMissing(gaps);
    if (gaps.email || gaps.password) return;
    // Success sets the session cookie; the session refresh then redirects to `next`.
    await login({ email: email.trim(), password });
  };

  return (
    <div className="login">
      <a className="skip-link" href="#login-form">
        {t('header.skip')}
      </a>
      <div className="login-tools">
        <LocaleSwitcher />
      </div>
      <main className="login-card">
        <h1>
          <span aria-hidden="true">✓</span> Checkmark
        </h1>
        <p className="login-intro">{t('login.intro')}</p>
        <form id="login-form" onSubmit={(e) => void submit(e)} noValidate aria-describedby="login-error">
          <Field label={t('login.email')} error={missing.email ? t('validation.required') : undefined}>
            {(a11y) => (
              <input
                {...a11y}
                type="email"
                name="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('login.password')} error={missing.password ? t('validation.required') : undefined}>
            {(a11y) => (
              <input
                {...a11y}
                type="password"
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <div id="login-error" role="alert" className="form-error">
            {state.error && errorText(state.error)}
          </div>
          <button type="submit" className="button button-primary" disabled={state.fetching}>
            {state.fetching ? t('login.signingIn') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
