import type { CombinedError } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import { HowComputed } from '@web/components/ui/how-computed';
import { OptionSelect } from '@web/components/ui/option-select';
import { useTableSort } from '@web/components/ui/use-table-sort';
import type { SlaKind, SupportGroupFieldsFragment } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { channelFromParam } from '@web/lib/channels';
import { GROUPS, type SupportGrouping } from '../support-params';
import { slaColumns, SUPPORT_SORTERS, supportColumns, type BreachLink } from '../support-columns';
import { useDuration } from '../use-duration';

type Row = SupportGroupFieldsFragment;

/** Response times, workload and attainment per team, channel or account; a team's attainment opens its breaches. */
export function GroupComparison({
  group,
  onGroup,
  rows,
  targets,
  fetching,
  error,
  onRetry,
  onBreach,
}: {
  group: SupportGrouping;
  onGroup: (group: SupportGrouping) => void;
  rows: readonly Row[];
  targets: readonly SlaKind[];
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
  onBreach: (kind: SlaKind, teamId: string) => void;
}) {
  const { t, fmt } = useI18n();
  const duration = useDuration();
  const label = (r: Row) => {
    const channel = group === 'CHANNEL' ? channelFromParam(r.key) : null;
    return channel ? t(`channel.${channel}`) : r.label || t('support.none');
  };
  const sorted = useTableSort(rows, { ...SUPPORT_SORTERS, group: { value: label, first: 'ascending' } });
  const title = t('support.comparisonTitle');
  // Breach lists narrow to a team; channels and accounts narrow through the global filter instead.
  const openBreaches: BreachLink = {
    open: (kind, r) => (group === 'TEAM' && r.key ? () => onBreach(kind, r.key) : undefined),
  };
  const groupName = t(GROUPS.find((g) => g.value === group)?.label ?? 'support.group.TEAM');
  return (
    <Card
      title={title}
      className="card-wide"
      actions={
        <div className="card-actions">
          <OptionSelect label={t('support.groupBy')} value={group} options={GROUPS} onChange={onGroup} />
          <HowComputed text={t('support.how.comparison')} />
        </div>
      }
    >
      <DataState
        fetching={fetching}
        error={error}
        empty={rows.length === 0}
        emptyText={t('support.noConversations')}
        onRetry={onRetry}
      >
        <DataTable<Row>
          caption={title}
          captionHidden
          exportName={`support-by-${GROUPS.find((g) => g.value === group)?.param ?? 'group'}`}
          rows={sorted.rows}
          rowKey={(r) => r.key}
          sort={sorted.sort}
          onSort={sorted.onSort}
          columns={[
            {
              key: 'group',
              sortable: true,
              header: groupName,
              cell: label,
              csv: (r) => (group === 'CHANNEL' ? r.key.toLowerCase() : r.label),
            },
            ...supportColumns(
              [
                'conversations',
                'handled',
                'agentMessages',
                'frtMedian',
                'replyMedian',
                'resolutionMedian',
                'reopened',
                'botHandoffs',
              ],
              t,
              fmt,
              duration,
              () => true,
            ),
            ...slaColumns(targets, t, fmt, openBreaches),
          ]}
        />
      </DataState>
    </Card>
  );
}
