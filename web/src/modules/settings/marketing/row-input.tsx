import { useContext, useId, type InputHTMLAttributes } from 'react';
import { FormErrorsContext } from '../components/form-errors-context';

type Attributes = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

/**
 * A control in a row of an editable list: named by aria-label (the row has no visible label of its own) and tied
 * to the form's error for its path, shown and announced right under it.
 */
export function RowInput({
  path,
  label,
  value,
  onChange,
  ...input
}: Attributes & { path: string; label: string; value: string; onChange: (value: string) => void }) {
  const error = useContext(FormErrorsContext)[path];
  const id = useId();
  return (
    <span className={error ? 'row-control field-invalid' : 'row-control'}>
      <input
        {...input}
        aria-label={label}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <small id={`${id}-error`} className="field-error" role="alert">
          {error}
        </small>
      )}
    </span>
  );
}
