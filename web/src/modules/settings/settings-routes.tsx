import { Navigate, NavLink, Outlet, type RouteObject } from 'react-router-dom';
import { useSession } from '@web/app/session-context';
import { PageHeader } from '@web/components/ui/page-header';
import type { Role } from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';
import { useI18n } from '@web/i18n/i18n-context';
import { ApiKeysPage } from './api-keys/api-keys-page';
import { AgentsPage } from './agents/agents-page';
import { AlertsSettingsPage } from './alerts/alerts-settings-page';
import { BusinessHoursPage } from './business-hours/business-hours-page';
import { CampaignsPage } from './campaigns/campaigns-page';
import { ForbiddenNotice } from './components/forbidden-notice';
import { MarketingPage } from './marketing/marketing-page';
import { MonitoringPage } from './monitoring/monitoring-page';
import { NumbersPage } from './numbers/numbers-page';
import { ProfilePage } from './profile/profile-page';
import { SlaPage } from './sla/sla-page';
import { UsersPage } from './users/users-page';

interface SettingsSection {
  path: string;
  label: MessageKey;
  /** Roles that may open the page; undefined = everyone (some still see it read-only). */
  roles?: Role[];
  element: React.ReactNode;
}

const SECTIONS: SettingsSection[] = [
  { path: 'profile', label: 'settings.profile', element: <ProfilePage /> },
  { path: 'users', label: 'settings.users', roles: ['ADMIN'], element: <UsersPage /> },
  { path: 'api-keys', label: 'settings.apiKeys', roles: ['ADMIN'], element: <ApiKeysPage /> },
  { path: 'numbers', label: 'settings.numbers', element: <NumbersPage /> },
  { path: 'agents', label: 'settings.agents', element: <AgentsPage /> },
  { path: 'campaigns', label: 'settings.campaigns', element: <CampaignsPage /> },
  { path: 'marketing', label: 'marketingSettings.title', element: <MarketingPage /> },
  { path: 'monitoring', label: 'settings.monitoring', element: <MonitoringPage /> },
  { path: 'business-hours', label: 'settings.businessHours', element: <BusinessHoursPage /> },
  { path: 'sla', label: 'settings.sla', element: <SlaPage /> },
  { path: 'alerts', label: 'settings.alerts', element: <AlertsSettingsPage /> },
];

function SettingsLayout() {
  const { t } = useI18n();
  const { can } = useSession();
  return (
    <>
      <PageHeader title={t('nav.settings')} />
      <div className="settings">
        <nav className="settings-nav" aria-label={t('settings.sections')}>
          <ul>
            {SECTIONS.filter((s) => !s.roles || can(...s.roles)).map((s) => (
              <li key={s.path}>
                <NavLink to={`/settings/${s.path}`}>{t(s.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings-content">
          <Outlet />
        </div>
      </div>
    </>
  );
}

function Guarded({ roles, children }: { roles?: Role[]; children: React.ReactNode }) {
  const { can } = useSession();
  return roles && !can(...roles) ? <ForbiddenNotice /> : <>{children}</>;
}

export const settingsRoutes: RouteObject = {
  path: 'settings',
  element: <SettingsLayout />,
  children: [
    { index: true, element: <Navigate to="/settings/profile" replace /> },
    ...SECTIONS.map((s) => ({ path: s.path, element: <Guarded roles={s.roles}>{s.element}</Guarded> })),
  ],
};
