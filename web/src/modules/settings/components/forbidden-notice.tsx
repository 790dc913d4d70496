import { useI18n } from '@web/i18n/i18n-context';

export function ForbiddenNotice() {
  const { t } = useI18n();
  return (
    <div className="card" role="alert">
      <p>{t('settings.forbidden')}</p>
    </div>
  );
}
