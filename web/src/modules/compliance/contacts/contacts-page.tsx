import { useSession } from '@web/app/session-context';
import { PageHeader } from '@web/components/ui/page-header';
import { useI18n } from '@web/i18n/i18n-context';
import { ComplianceTabs } from '../compliance-tabs';
import { ConsentImport } from './consent-import';
import { ContactLedger } from './contact-ledger';

/**
 * Compliance → Contacts and consent: a contact's opt-ins and opt-outs with evidence, the consent per channel and
 * purpose now and at a chosen instant, the ledger as PDF or CSV; and the import of consent records kept elsewhere.
 * Evidence, downloads and the import are for administrators and compliance officers; managers look up states.
 */
export function ComplianceContactsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  return (
    <>
      <PageHeader title={t('nav.compliance')} subtitle={t('complianceContacts.subtitle')} />
      <ComplianceTabs />
      {can('ADMIN', 'COMPLIANCE', 'MANAGER') ? (
        <>
          <ContactLedger evidence={can('ADMIN', 'COMPLIANCE')} />
          {can('ADMIN', 'COMPLIANCE') && <ConsentImport />}
        </>
      ) : (
        <div className="card" role="alert">
          <p>{t('complianceContacts.forbidden')}</p>
        </div>
      )}
    </>
  );
}
