import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useI18n } from '@web/i18n/i18n-context';
import { FilterOptionsQuery } from '@web/modules/filters/graphql/filter-options';
import { PeriodFields } from '@web/modules/filters/period-fields';
import { scopeIds, withScopeIds, type ScopeParam } from './report-params';

/**
 * The report's period (the shared URL filter, so the other Compliance tabs keep it) and the numbers and campaigns it
 * covers, several of each (none ticked = all); channel and agent are not asked for, the report covers every channel.
 */
export function ReportScopeBar() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [options] = useQuery({ query: FilterOptionsQuery });
  const accounts = (options.data?.businessAccounts.nodes ?? []).map((a) => ({
    id: a.id,
    label: `${a.displayName ?? a.displayPhoneNumber ?? a.externalId} · ${t(`channel.${a.channel}`)}`,
  }));
  const campaigns = (options.data?.campaigns.nodes ?? []).map((c) => ({ id: c.id, label: c.name }));
  const toggle = (name: ScopeParam, id: string, on: boolean) =>
    setParams((current) => {
      const ids = scopeIds(current, name);
      return withScopeIds(current, name, on ? [...ids, id] : ids.filter((i) => i !== id));
    });

  return (
    <form className="filter-bar" aria-label={t('complianceReports.scope')} onSubmit={(e) => e.preventDefault()}>
      <PeriodFields />
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
