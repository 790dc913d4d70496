import { InlineField } from '@web/components/ui/inline-field';
import { useI18n } from '@web/i18n/i18n-context';
import { UNASSIGNED } from '../violation-params';

/** The list's assignee choice: anyone, nobody, or one of the users who may own cases. */
export function AssigneeChoice({
  value,
  users,
  onChange,
}: {
  value: string | null;
  users: ReadonlyArray<{ id: string; name: string }>;
  onChange: (value: string | null) => void;
}) {
  const { t } = useI18n();
  return (
    <InlineField label={t('compliance.column.assignee')}>
      {(id) => (
        <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">{t('compliance.choices.anyAssignee')}</option>
          <option value={UNASSIGNED}>{t('compliance.choices.unassigned')}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
          {value && value !== UNASSIGNED && !users.some((u) => u.id === value) && (
            <option value={value}>{value}</option>
          )}
        </select>
      )}
    </InlineField>
  );
}
