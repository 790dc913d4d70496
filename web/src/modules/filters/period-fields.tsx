import { InlineField } from '@web/components/ui/inline-field';
import { useI18n } from '@web/i18n/i18n-context';
import { isIsoDate } from '@web/lib/dates';
import { PRESETS } from './analytics-filter';
import { useAnalyticsFilter } from './use-analytics-filter';

/** The period of the shared URL filter: the last-N-days presets and the from/to dates. */
export function PeriodFields() {
  const { t } = useI18n();
  const { state, update } = useAnalyticsFilter();
  const setDate = (which: 'from' | 'to', value: string) => {
    if (!isIsoDate(value)) return;
    update(which === 'from' ? { from: value, to: state.to } : { from: state.from, to: value });
  };
  return (
    <>
      <fieldset className="filter-presets">
        <legend>{t('filters.period')}</legend>
        {PRESETS.map((days) => (
          <button
            key={days}
            type="button"
            className="chip"
            aria-pressed={state.preset === days}
            onClick={() => update({ preset: days })}
          >
            {t('filters.lastDays', { count: days })}
          </button>
        ))}
      </fieldset>
      <div className="filter-dates">
        <InlineField label={t('filters.from')}>
          {(id) => (
            <input
              id={id}
              type="date"
              value={state.from}
              max={state.to}
              onChange={(e) => setDate('from', e.target.value)}
            />
          )}
        </InlineField>
        <InlineField label={t('filters.to')}>
          {(id) => (
            <input
              id={id}
              type="date"
              value={state.to}
              min={state.from}
              onChange={(e) => setDate('to', e.target.value)}
            />
          )}
        </InlineField>
      </div>
    </>
  );
}
