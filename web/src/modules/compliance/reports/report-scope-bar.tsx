import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { InlineField } from '@web/components/ui/inline-field';
import { useI18n } from '@web/i18n/i18n-context';
import { isIsoDate } from '@web/lib/dates';
import { PRESETS } from '@web/modules/filters/analytics-filter';
import { FilterOptionsQuery } from '@web/modules/filters/graphql/filter-options';
import { useAnalyticsFilter } from '@web/modules/filters/use-analytics-filter';
import { scopeIds, withScopeIds, type ScopeParam } from './report-params';

/**
 * The report's period (the shared URL filter, so the other Compliance tabs keep it) and the numbers and campaigns it
 * covers, several of each (none ticked = all); channel and agent are not asked for, the report covers every channel.
 */
export function ReportScopeBar() {
  const { t } = useI18n();
  const { state, update } = useAnalyticsFilter();
  const [params, setParams] = useSearchParams();
  const [options] = useQuery({ query: FilterOptionsQuery });
  const accounts = (options.data?.businessAccounts.nodes ?? []).map((a) => ({
    id: a.id,
    label: `${a.displayName ?? a.displayPhoneNumber ?? a.externalId} · ${t(`channel.${a.channel}`)}`,
  }));
  const campaigns = (options.data?.campaigns.nodes ?? []).map((c) => ({ id: c.id, label: c.name }));
  const setDate = (which: 'from' | 'to', value: string) => {
    if (!isIsoDate(value)) return;
    update(which === 'from' ? { from: value, to: state.to } : { from: state.from, to: value });
  };
  const toggle = (name: ScopeParam, id: string, on: boolean) =>
    setParams((current) => {
      const ids = scopeIds(current, name);
      return withScopeIds(current, name, on ? [...ids, id] : ids.filter((i) => i !== id));
    });

  return (
    <form className="filter-bar" aria-label={t('complianceReports.scope')} onSubmit={(e) => e.preventDefault()}>
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
      <ScopeChoice
        legend={t('complianceReports.accounts')}
        all={t('filters.allAccounts')}
        items={accounts}
        selected={scopeIds(params, 'account')}
        onToggle={(id, on) => toggle('account', id, on)}
      />
      <ScopeChoice
        legend={t('complianceReports.campaigns')}
        all={t('filters.allCampaigns')}
        items={campaigns}
        selected={scopeIds(params, 'campaign')}
        onToggle={(id, on) => toggle('campaign', id, on)}
      />
    </form>
  );
}

/** A fold-out list of checkboxes; its summary says "all" or how many are ticked. */
function ScopeChoice({
  legend,
  all,
  items,
  selected,
  onToggle,
}: {
  legend: string;
  all: string;
  items: ReadonlyArray<{ id: string; label: string }>;
  selected: readonly string[];
  onToggle: (id: string, on: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <details className="scope-choice">
      <summary>
        {legend}: {selected.length === 0 ? all : t('complianceReports.selected', { selected: selected.length })}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        {items.map((item) => (
          <label key={item.id} className="inline-check">
            <input
              type="checkbox"
              checked={selected.includes(item.id)}
              onChange={(e) => onToggle(item.id, e.target.checked)}
            />{' '}
            {item.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
