import type { TimeBasis } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { HowComputed } from '@web/components/ui/how-computed';
import { BASES } from '../support-params';

/** Calendar time or business hours only (the tenant's schedule and holidays) for every duration on the page. */
export function BasisToggle({ basis, onBasis }: { basis: TimeBasis; onBasis: (basis: TimeBasis) => void }) {
  const { t } = useI18n();
  return (
    <div className="view-controls">
      <fieldset className="filter-presets">
        <legend>{t('support.basis')}</legend>
        {BASES.map((b) => (
          <button
            key={b.value}
            type="button"
            className="chip"
            aria-pressed={basis === b.value}
            onClick={() => onBasis(b.value)}
          >
            {t(b.label)}
          </button>
        ))}
      </fieldset>
      <HowComputed text={t('support.how.basis')} />
    </div>
  );
}
