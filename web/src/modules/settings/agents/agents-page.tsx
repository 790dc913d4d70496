import { useSession } from '@web/app/session-context';
import { useI18n } from '@web/i18n/i18n-context';
import { AgentsSection } from './agents-section';
import { TeamsSection } from './teams-section';

export function AgentsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const editable = can('ADMIN', 'MANAGER');
  return (
    <>
      {!editable && <p className="muted">{t('settings.readOnly')}</p>}
      <TeamsSection editable={editable} />
      <AgentsSection editable={editable} />
    </>
  );
}
