import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { PageHeader } from '@web/components/ui/page-header';
import { useI18n } from '@web/i18n/i18n-context';
import { FilterBar } from '@web/modules/filters/filter-bar';
import { useAnalyticsFilter } from '@web/modules/filters/use-analytics-filter';
import { AccountsTable } from './components/accounts-table';
import { NumberDetail } from './components/number-detail';
import { TemplateStatusHistory } from './components/template-status-history';
import { AccountHealthQuery } from './graphql/account-health.query';
import { NUMBER_PARAM, selectedAccount, withNumber } from './quality-params';

/**
 * Each number's quality rating, status, messaging limit and era, how much of the limit it uses and how far it is
 * from the next tier, with its full history of changes: what a compliance officer checks first.
 */
export function QualityPage() {
  const { t } = useI18n();
  const { filter } = useAnalyticsFilter();
  const [params, setParams] = useSearchParams();
  const [result, reexecute] = useQuery({
    query: AccountHealthQuery,
    variables: { filter: filter! },
    pause: !filter,
  });
  const retry = () => reexecute({ requestPolicy: 'network-only' });
  const accounts = result.data?.accountHealth ?? [];
  const selected = selectedAccount(accounts, params.get(NUMBER_PARAM));
  const select = useCallback((id: string | null) => setParams((current) => withNumber(current, id)), [setParams]);
  // Closing a number opened because it is the only one listed keeps it closed (an empty parameter).
  const close = () => select(params.get(NUMBER_PARAM) ? null : '');
  return (
    <>
      <PageHeader title={t('nav.quality')} subtitle={t('quality.subtitle')} />
      <FilterBar fields={['channel', 'account']} />
      <div aria-live="polite" className="visually-hidden">
        {result.fetching ? t('common.loading') : ''}
      </div>
      <div className="card-grid">
        <AccountsTable
          result={result}
          onRetry={retry}
          selected={selected?.businessAccountId ?? null}
          onSelect={select}
        />
        {selected && <NumberDetail key={selected.businessAccountId} account={selected} onClose={close} />}
        {filter && <TemplateStatusHistory filter={filter} />}
      </div>
    </>
  );
}
