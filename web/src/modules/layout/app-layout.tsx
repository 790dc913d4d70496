import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { LogoutMutation } from '@web/app/graphql/session';
import { useSession } from '@web/app/session-context';
import { useI18n } from '@web/i18n/i18n-context';
import { AlertsBell } from '@web/modules/alerts/alerts-bell';
import { filterSearch } from '@web/modules/filters/analytics-filter';
import { LocaleSwitcher } from './locale-switcher';
import { NAV_ITEMS } from './navigation';

export function AppLayout() {
  const { t } = useI18n();
  const { viewer } = useSession();
  const [params] = useSearchParams();
  const location = useLocation();
  const [logoutState, logout] = useMutation(LogoutMutation);
  const main = useRef<HTMLElement>(null);
  const search = filterSearch(params);

  // After navigation, move focus to the new page's heading so keyboard and screen-reader users start there.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [location.pathname]);

  const signOut = async () => {
    await logout({});
    // A full reload drops every cached response of the ended session.
    window.location.assign('/login');
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('header.skip')}
      </a>
      <header className="app-header">
        <span className="brand">
          <span aria-hidden="true">✓</span> Checkmark
        </span>
        <span className="tenant">{viewer?.tenant.name}</span>
        <div className="header-tools">
          <AlertsBell />
          <LocaleSwitcher />
          <span className="user" title={viewer?.user?.email}>
            {viewer?.user?.name ?? viewer?.user?.email} · {viewer && t(`role.${viewer.role}`)}
          </span>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void signOut()}
            disabled={logoutState.fetching}
          >
            {t('header.logout')}
          </button>
        </div>
      </header>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.path}>
              <NavLink to={{ pathname: item.path, search: item.filtered ? search : '' }}>{t(item.label)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
