import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, Outlet, useLocation, type RouteObject } from 'react-router-dom';
import { useI18n } from '@web/i18n/i18n-context';
import { AppLayout } from '@web/modules/layout/app-layout';
import { LoginPage } from '@web/modules/login/login-page';
import { NotBuiltPage } from '@web/modules/not-built/not-built-page';
import { settingsRoutes } from '@web/modules/settings/settings-routes';
import { useSession } from './session-context';

function RequireSession() {
  const { viewer } = useSession();
  const location = useLocation();
  if (!viewer)
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <Outlet />;
}

/**
 * An analytics page loaded when first opened: each is its own chunk (the charts library with them), so the first
 * screen does not wait for every page's code.
 */
function page(load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: await load() }) };
}

function PageLoading() {
  const { t } = useI18n();
  return (
    <main className="center-state" role="status">
      {t('common.loading')}
    </main>
  );
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireSession />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/overview" replace /> },
          {
            path: 'overview',
            ...page(() => import('@web/modules/overview/overview-page').then((m) => m.OverviewPage)),
          },
          {
            path: 'engagement',
            ...page(() => import('@web/modules/engagement/engagement-page').then((m) => m.EngagementPage)),
          },
          { path: 'support', ...page(() => import('@web/modules/support/support-page').then((m) => m.SupportPage)) },
          {
            path: 'campaigns',
            ...page(() => import('@web/modules/campaigns/campaigns-page').then((m) => m.CampaignsPage)),
          },
          { path: 'quality', ...page(() => import('@web/modules/quality/quality-page').then((m) => m.QualityPage)) },
          {
            path: 'complaints',
            ...page(() => import('@web/modules/complaints/complaints-page').then((m) => m.ComplaintsPage)),
          },
          {
            path: 'compliance',
            ...page(() => import('@web/modules/compliance/compliance-page').then((m) => m.CompliancePage)),
          },
          {
            path: 'compliance/contacts',
            ...page(() =>
              import('@web/modules/compliance/contacts/contacts-page').then((m) => m.ComplianceContactsPage),
            ),
          },
          {
            path: 'compliance/catalog',
            ...page(() => import('@web/modules/compliance/catalog/catalog-page').then((m) => m.ComplianceCatalogPage)),
          },
          {
            path: 'compliance/rules',
            ...page(() => import('@web/modules/compliance/rules/rules-page').then((m) => m.ComplianceRulesPage)),
          },
          {
            path: 'compliance/reports',
            ...page(() => import('@web/modules/compliance/reports/reports-page').then((m) => m.ComplianceReportsPage)),
          },
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
