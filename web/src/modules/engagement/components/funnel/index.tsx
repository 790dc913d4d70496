import { useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import type { AnalyticsFilter, EngagementDrillDown } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FunnelQuery } from '../../graphql/funnel.query';
import { FunnelComparison } from './funnel-comparison';
import { FunnelDefinitions } from './funnel-definitions';

/** Sent → delivered → read → replied → converted per channel, with times, opt-outs, complaints and cost. */
export function FunnelSection({
  filter,
  onDrill,
}: {
  filter: AnalyticsFilter;
  onDrill: (drill: EngagementDrillDown) => void;
}) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: FunnelQuery, variables: { filter, groupBy: 'CHANNEL' } });
  const funnel = result.data?.funnel;
  return (
    <Card
      title={t('funnel.title')}
      className="card-wide"
      actions={funnel && <FunnelDefinitions windowDays={funnel.windowDays} currency={funnel.currency} />}
    >
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={!funnel || funnel.total.sent === 0}
        emptyText={funnel ? t('overview.noSent') : undefined}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        minHeight={280}
      >
        {funnel && <FunnelComparison funnel={funnel} onDrill={onDrill} />}
      </DataState>
    </Card>
  );
}
