import { useQuery } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import type { AnalyticsFilter, EngagementDrillDown } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { FailureReasonsQuery } from '../graphql/failure-reasons.query';
import { FailureReasonsTable } from './failure-reasons-table';

/** Failed messages by channel and error code; a count lists exactly the failed messages of its row. */
export function FailureReasons({
  filter,
  onDrill,
}: {
  filter: AnalyticsFilter;
  onDrill: (drill: EngagementDrillDown) => void;
}) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: FailureReasonsQuery, variables: { filter } });
  const rows = result.data?.failureReasons ?? [];
  const title = t('engagement.failuresTitle');
  return (
    <Card title={title} className="card-wide" actions={<HowComputed text={t('engagement.how.failures')} />}>
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={rows.length === 0}
        emptyText={result.data ? t('engagement.noFailures') : undefined}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <FailureReasonsTable
          rows={rows}
          caption={title}
          exportName="failure-reasons"
          onSelect={(r) =>
            onDrill({
              dimension: 'CHANNEL',
              key: r.channel.toLowerCase(),
              status: 'failed',
              errorCode: r.errorCode ?? '',
            })
          }
        />
      </DataState>
    </Card>
  );
}
