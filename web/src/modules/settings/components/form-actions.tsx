import type { CombinedError } from 'urql';
import { useI18n } from '@web/i18n/i18n-context';
import { FormStatus } from './form-status';

interface FormActionsProps {
  submitLabel: string;
  fetching: boolean;
  error: CombinedError | undefined;
  saved: boolean;
  /** Shown as a Cancel button while editing an existing row. */
  onCancel?: (() => void) | undefined;
}

/** Submit (disabled while saving), optional cancel, and the announced outcome of the last submit. */
export function FormActions({ submitLabel, fetching, error, saved, onCancel }: FormActionsProps) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={fetching}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
      <FormStatus error={error} saved={saved} />
    </div>
  );
}
