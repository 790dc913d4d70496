import type { InputHTMLAttributes } from 'react';
import { FormField } from './form-field';

type InputAttributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'
>;

interface TextFieldProps extends InputAttributes {
  path: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
}

/** A text-like input (text, e-mail, password, date…) in a FormField; other attributes go to the input. */
export function TextField({ path, label, hint, value, onChange, ...input }: TextFieldProps) {
  return (
    <FormField path={path} label={label} hint={hint}>
      {(a) => <input {...input} {...a} value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
}
