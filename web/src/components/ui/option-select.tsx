import type { MessageKey } from '@web/i18n/catalog';
import { useI18n } from '@web/i18n/i18n-context';
import { InlineField } from './inline-field';

/** A labelled choice among fixed options (a grouping, a period, a measure), each named by its message key. */
export function OptionSelect<Value extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: Value;
  options: ReadonlyArray<{ value: Value; label: MessageKey }>;
  onChange: (value: Value) => void;
}) {
  const { t } = useI18n();
  return (
    <InlineField label={label}>
      {(id) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value as Value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </select>
      )}
    </InlineField>
  );
}
