import { createBrowserRouter, Navigate, Outlet, useLocation, type RouteObject } from 'react-router-dom';
import { CampaignsPage } from '@web/modules/campaigns/campaigns-page';
import { ComplaintsPage } from '@web/modules/complaints/complaints-page';
import { CompliancePage } from '@web/modules/compliance/compliance-page';
import { ComplianceContactsPage } from '@web/modules/compliance/contacts/contacts-page';
import { ComplianceReportsPage } from '@web/modules/compliance/reports/reports-page';
import { ComplianceRulesPage } from '@web/modules/compliance/rules/rules-page';
import { EngagementPage } from '@web/modules/engagement/engagement-page';
import { AppLayout } from '@web/modules/layout/app-layout';
import { LoginPage } from '@web/modules/login/login-page';
import { NotBuiltPage } from '@web/modules/not-built/not-built-page';
import { OverviewPage } from '@web/modules/overview/overview-page';
import { QualityPage } from '@web/modules/quality/quality-page';
import { settingsRoutes } from '@web/modules/settings/settings-routes';
import { SupportPage } from '@web/modules/support/support-page';
import { useSession } from './session-context';

function RequireSession() {
  const { viewer } = useSession();
  const location = useLocation();
  if (!viewer)
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Outlet />;
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/overview" replace /> },
          { path: 'overview', element: <OverviewPage /> },
          { path: 'engagement', element: <EngagementPage /> },
          { path: 'support', element: <SupportPage /> },
          { path: 'campaigns', element: <CampaignsPage /> },
          { path: 'quality', element: <QualityPage /> },
          { path: 'complaints', element: <ComplaintsPage /> },
          { path: 'compliance', element: <CompliancePage /> },
          { path: 'compliance/contacts', element: <ComplianceContactsPage /> },
          { path: 'compliance/rules', element: <ComplianceRulesPage /> },
          { path: 'compliance/reports', element: <ComplianceReportsPage /> },
          settingsRoutes,
          { path: '*', element: <NotBuiltPage title="notFound.title" plan="notFound.text" /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
