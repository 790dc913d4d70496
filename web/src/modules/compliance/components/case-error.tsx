import type { CombinedError } from 'urql';
import { ErrorMessage } from '@web/components/ui/error-message';
import { useI18n } from '@web/i18n/i18n-context';
import { errorCode } from '@web/lib/graphql-errors';

/** A case action's failure: the case-specific codes in words, others as every page says them. */
export function CaseError({ error }: { error: CombinedError | undefined }) {
  const { t } = useI18n();
  const code = errorCode(error);
  if (code === 'INVALID_TRANSITION') return <p className="error-text">{t('compliance.error.INVALID_TRANSITION')}</p>;
  if (code === 'TOO_MANY_ROWS') return <p className="error-text">{t('compliance.error.TOO_MANY_ROWS')}</p>;
  return <ErrorMessage error={error} />;
}
