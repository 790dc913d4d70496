import type { CaseState, ViolationKind, ViolationSeverity } from '@web/generated/graphql';
import { InlineField } from '@web/components/ui/inline-field';
import { useI18n } from '@web/i18n/i18n-context';
import { CASE_STATES, SEVERITIES, VIOLATION_KINDS, type ViolationChoices } from '../violation-params';

/** Kind, severity and case state of the violations list (the period and scope are the filter bar's). */
export function ViolationChoicesBar({
  choices,
  onChange,
  children,
}: {
  choices: ViolationChoices;
  onChange: <K extends keyof ViolationChoices>(key: K, value: ViolationChoices[K]) => void;
  /** Further controls of the same bar (assignee, saved views). */
  children?: React.ReactNode;
}) {
  const { t } = useI18n();
  return (
    <form className="view-controls" aria-label={t('compliance.choices.label')} onSubmit={(e) => e.preventDefault()}>
      <InlineField label={t('compliance.column.kind')}>
        {(id) => (
          <select
            id={id}
            value={choices.kind ?? ''}
            onChange={(e) => onChange('kind', (e.target.value || null) as ViolationKind | null)}
          >
            <option value="">{t('compliance.choices.allKinds')}</option>
            {VIOLATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`compliance.kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </InlineField>
      <InlineField label={t('compliance.column.severity')}>
        {(id) => (
          <select
            id={id}
            value={choices.severity ?? ''}
            onChange={(e) => onChange('severity', (e.target.value || null) as ViolationSeverity | null)}
          >
            <option value="">{t('compliance.choices.allSeverities')}</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {t(`compliance.severity.${severity}`)}
              </option>
            ))}
          </select>
        )}
      </InlineField>
      <InlineField label={t('compliance.column.state')}>
        {(id) => (
          <select
            id={id}
            value={choices.state ?? ''}
            onChange={(e) => onChange('state', (e.target.value || null) as CaseState | null)}
          >
            <option value="">{t('compliance.choices.allStates')}</option>
            {CASE_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`compliance.state.${state}`)}
              </option>
            ))}
          </select>
        )}
      </InlineField>
      {children}
      <label className="checkbox">
        <input type="checkbox" checked={choices.retracted} onChange={(e) => onChange('retracted', e.target.checked)} />
        {t('compliance.choices.retracted')}
      </label>
    </form>
  );
}
