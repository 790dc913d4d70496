import type { ReactNode } from 'react';
import { useI18n } from '@web/i18n/i18n-context';
import { ConfirmButton } from './confirm-button';

interface RowActionsProps {
  name: string;
  onEdit?: (() => void) | undefined;
  onDelete?: (() => void) | undefined;
  /** Page-specific buttons placed before edit and delete. */
  children?: ReactNode;
}

/** Edit and confirm-to-delete buttons of one table row; each is left out when its handler is. */
export function RowActions({ name, onEdit, onDelete, children }: RowActionsProps) {
  const { t } = useI18n();
  return (
    <span className="row-actions">
      {children}
      {onEdit && (
        <button
          type="button"
          className="button button-small"
          onClick={onEdit}
          aria-label={t('common.editNamed', { name })}
        >
          {t('common.edit')}
        </button>
      )}
      {onDelete && <ConfirmButton name={name} onConfirm={onDelete} />}
    </span>
  );
}
