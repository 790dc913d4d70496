import { NavLink, useSearchParams } from 'react-router-dom';
import type { MessageKey } from '@web/i18n/catalog';
import { useI18n } from '@web/i18n/i18n-context';
import { filterSearch } from '@web/modules/filters/analytics-filter';

interface ComplianceTab {
  path: string;
  label: MessageKey;
}

/** The Compliance pages; the first is the route's index, so it matches only exactly. */
export const COMPLIANCE_TABS: readonly ComplianceTab[] = [
  { path: '/compliance', label: 'compliance.tabs.violations' },
  { path: '/compliance/contacts', label: 'compliance.tabs.contacts' },
  { path: '/compliance/catalog', label: 'compliance.tabs.catalog' },
  { path: '/compliance/rules', label: 'compliance.tabs.rules' },
  { path: '/compliance/reports', label: 'compliance.tabs.reports' },
];

/** The tab strip every Compliance page shows under its header; the period and scope travel along. */
export function ComplianceTabs() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const search = filterSearch(params);
  return (
    <nav className="page-tabs" aria-label={t('compliance.tabs.label')}>
      <ul>
        {COMPLIANCE_TABS.map((tab) => (
          <li key={tab.path}>
            <NavLink to={{ pathname: tab.path, search }} end>
              {t(tab.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
