import { useEffect, useMemo, useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { Provider as GraphqlProvider } from 'urql';
import { I18nProvider, useI18n } from '@web/i18n/i18n-context';
import { ErrorMessage } from '@web/components/ui/error-message';
import { createGraphqlClient } from './client';
import { createRouter } from './router';
import { SessionProvider, useSession } from './session-context';

const UNAUTHENTICATED_EVENT = 'checkmark:unauthenticated';

/** Waits for the session check, then hands over to the router (which sends visitors without a session to /login). */
function SessionGate() {
  const { t } = useI18n();
  const session = useSession();
  const [router] = useState(createRouter);
  const { viewer, refresh } = session;

  // A query answered UNAUTHENTICATED mid-session (expired or logged out elsewhere): re-check, which leads to /login.
  useEffect(() => {
    const onExpired = () => {
      if (viewer) refresh();
    };
    window.addEventListener(UNAUTHENTICATED_EVENT, onExpired);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, onExpired);
  }, [viewer, refresh]);

  if (session.error && !viewer) {
    return (
      <main className="center-state" role="alert">
        <ErrorMessage error={session.error} />
        <button type="button" className="button" onClick={refresh}>
          {t('common.retry')}
        </button>
      </main>
    );
  }
  if (session.fetching && !viewer) {
    return (
      <main className="center-state" role="status">
        {t('common.loading')}
      </main>
    );
  }
  return <RouterProvider router={router} />;
}

export function App() {
  const client = useMemo(() => createGraphqlClient(() => window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT))), []);
  return (
    <I18nProvider>
      <GraphqlProvider value={client}>
        <SessionProvider>
          <SessionGate />
        </SessionProvider>
      </GraphqlProvider>
    </I18nProvider>
  );
}
