import { PageHeader } from '@web/components/ui/page-header';
import type { MessageKey } from '@web/i18n/catalog';
import { useI18n } from '@web/i18n/i18n-context';

/** An honest placeholder: which page this is, that it is not built yet and what will come. */
export function NotBuiltPage({ title, plan }: { title: MessageKey; plan: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t(title)} />
      <div className="card not-built">
        <p>
          <strong>{t('notBuilt.title')}</strong>
        </p>
        <p>{t(plan)}</p>
      </div>
    </>
  );
}
