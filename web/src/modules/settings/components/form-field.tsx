import { useContext, type ComponentProps } from 'react';
import { Field } from '@web/components/ui/field';
import { FormErrorsContext } from './form-errors-context';

interface FormFieldProps {
  /** The input field's name as the API reports it in `extensions.issues[].path`. */
  path: string;
  label: string;
  hint?: string;
  children: ComponentProps<typeof Field>['children'];
}

/** A labelled control that shows the enclosing form's error for its path (client check or server issue). */
export function FormField({ path, label, hint, children }: FormFieldProps) {
  const errors = useContext(FormErrorsContext);
  return (
    <Field label={label} error={errors[path]} hint={hint}>
      {children}
    </Field>
  );
}
