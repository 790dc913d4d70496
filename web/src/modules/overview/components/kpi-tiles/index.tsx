import type { UseQueryState } from 'urql';
import { DataState } from '@web/components/ui/data-state';
import type { OverviewQuery, OverviewQueryVariables } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { KPIS } from './kpi-definitions';
import { KpiTile } from '@web/components/ui/kpi-tile';

export function KpiTiles({
  result,
  onRetry,
}: {
  result: UseQueryState<OverviewQuery, OverviewQueryVariables>;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  const overview = result.data?.overview;
  return (
    <section aria-labelledby="kpi-heading">
      <h2 id="kpi-heading" className="visually-hidden">
        {t('overview.kpis')}
      </h2>
      <DataState fetching={result.fetching} error={result.error} empty={!overview} onRetry={onRetry} minHeight={160}>
        <div className="kpi-grid">
          {overview && KPIS.map((kpi) => <KpiTile key={kpi.metric} definition={kpi} metric={overview[kpi.metric]} />)}
        </div>
      </DataState>
    </section>
  );
}
