import { useId, type ReactNode } from 'react';

/**
 * A compact labelled control (filters, toolbars). The label points at the control by id instead of wrapping it, so
 * the control's accessible name is the label alone, not the label plus the selected value.
 */
export function InlineField({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={className ? `inline-field ${className}` : 'inline-field'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
