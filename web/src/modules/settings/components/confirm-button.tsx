import { useI18n } from '@web/i18n/i18n-context';

interface ConfirmButtonProps {
  /** The row's name, for the question and for assistive technology ("Delete Sales"). */
  name: string;
  onConfirm: () => void;
  /** Overrides for actions other than delete (e.g. revoking a key); default is the delete wording. */
  text?: string;
  ariaLabel?: string;
  question?: string;
}

/** A destructive row button that acts only after the user confirms it in the browser's dialog. */
export function ConfirmButton({ name, onConfirm, text, ariaLabel, question }: ConfirmButtonProps) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="button button-small button-danger"
      onClick={() => {
        if (window.confirm(question ?? t('common.deleteConfirm', { name }))) onConfirm();
      }}
      aria-label={ariaLabel ?? t('common.deleteNamed', { name })}
    >
      {text ?? t('common.delete')}
    </button>
  );
}
