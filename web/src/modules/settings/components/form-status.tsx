import type { CombinedError } from 'urql';
import { useErrorText } from '@web/components/ui/error-message';
import { useI18n } from '@web/i18n/i18n-context';

/** The outcome of the last submit: the API's error (by code) or a saved confirmation, announced politely. */
export function FormStatus({ error, saved }: { error: CombinedError | undefined; saved: boolean }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  return (
    <div className="form-status" role="status" aria-live="polite">
      {error ? (
        <p className="error-text">{errorText(error)}</p>
      ) : saved ? (
        <p className="ok-text">{t('common.saved')}</p>
      ) : null}
    </div>
  );
}
