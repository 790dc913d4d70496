import type { FormEvent, ReactNode } from 'react';
import { FormErrorsContext } from './form-errors-context';

interface SettingsFormProps {
  errors: Record<string, string | undefined>;
  onSubmit: (event: FormEvent) => Promise<void>;
  className?: string;
  children: ReactNode;
}

/** A form whose fields find their own error by path; the browser's validation stays off so ours is announced. */
export function SettingsForm({ errors, onSubmit, className, children }: SettingsFormProps) {
  return (
    <FormErrorsContext.Provider value={errors}>
      <form className={className} onSubmit={(e) => void onSubmit(e)} noValidate>
        {children}
      </form>
    </FormErrorsContext.Provider>
  );
}
