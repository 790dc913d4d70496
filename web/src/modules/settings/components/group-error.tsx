import { useContext } from 'react';
import { FormErrorsContext } from './form-errors-context';

/** The error of a group of controls (a fieldset of rows) that has no single labelled control to sit under. */
export function GroupError({ path }: { path: string }) {
  const error = useContext(FormErrorsContext)[path];
  return error ? (
    <small className="field-error" role="alert">
      {error}
    </small>
  ) : null;
}
