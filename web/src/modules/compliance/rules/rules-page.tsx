import { useSession } from '@web/app/session-context';
import { PageHeader } from '@web/components/ui/page-header';
import { useI18n } from '@web/i18n/i18n-context';
import { SettingsLoader } from '@web/modules/settings/components/settings-loader';
import { ComplianceTabs } from '../compliance-tabs';
import { ComplianceRulesQuery } from './rules.graphql';
import { RulesForm } from './rules-form';

/**
 * Compliance → Rules: the tenant's frequency cap, quiet hours and content rule overrides on top of the built-in rule
 * set. Administrators and compliance officers edit; managers read; other roles are told the page is not for them.
 */
export function ComplianceRulesPage() {
  const { t } = useI18n();
  const { can } = useSession();
  return (
    <>
      <PageHeader title={t('nav.compliance')} subtitle={t('complianceRules.subtitle')} />
      <ComplianceTabs />
      {can('ADMIN', 'COMPLIANCE', 'MANAGER') ? (
        <SettingsLoader query={ComplianceRulesQuery} select={(data) => data}>
          {(data) => (
            <RulesForm
              settings={data.complianceSettings}
              categories={data.contentRuleCategories}
              editable={can('ADMIN', 'COMPLIANCE')}
            />
          )}
        </SettingsLoader>
      ) : (
        <div className="card" role="alert">
          <p>{t('complianceRules.forbidden')}</p>
        </div>
      )}
    </>
  );
}
