import type { CaseState, ViolationSeverity } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';

/** A violation's severity as a coloured label (the colour repeats the word, never replaces it). */
export function SeverityBadge({ severity }: { severity: ViolationSeverity }) {
  const { t } = useI18n();
  return (
    <span className={`badge severity-${severity.toLowerCase()}`} data-severity={severity}>
      {t(`compliance.severity.${severity}`)}
    </span>
  );
}

/** A case's state as a label. */
export function CaseStateBadge({ state }: { state: CaseState }) {
  const { t } = useI18n();
  return (
    <span className={`badge case-${state.toLowerCase().replace('_', '-')}`} data-case-state={state}>
      {t(`compliance.state.${state}`)}
    </span>
  );
}
