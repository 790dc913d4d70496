import type { CombinedError } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable, type Column } from '@web/components/ui/data-table';
import { HowComputed } from '@web/components/ui/how-computed';
import { InlineField } from '@web/components/ui/inline-field';
import { useTableSort, type Sorter } from '@web/components/ui/use-table-sort';
import type { SlaKind, SupportGroupFieldsFragment } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { channelFromParam } from '@web/lib/channels';
import { worstAttainment } from '../leaderboard';
import { GROUPS, type SupportGrouping } from '../support-params';
import { csvSeconds, useDuration } from '../use-duration';

type Row = SupportGroupFieldsFragment;

const SORTERS: Record<string, Sorter<Row>> = {
  conversations: { value: (r) => r.conversations, first: 'descending' },
  handled: { value: (r) => r.handled, first: 'descending' },
  agentMessages: { value: (r) => r.agentMessages, first: 'descending' },
  frtMedian: { value: (r) => r.firstResponse.medianMs, first: 'ascending' },
  replyMedian: { value: (r) => r.reply.medianMs, first: 'ascending' },
  resolutionMedian: { value: (r) => r.resolution.medianMs, first: 'ascending' },
  reopened: { value: (r) => r.reopened, first: 'descending' },
  botHandoffs: { value: (r) => r.botHandoffs, first: 'descending' },
  sla: { value: (r) => worstAttainment(r), first: 'ascending' },
};

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
  const sorted = useTableSort(rows, { ...SORTERS, group: { value: label, first: 'ascending' } });
  const title = t('support.comparisonTitle');
  const slaColumns: Column<Row>[] = targets.map((kind) => ({
    key: `sla-${kind}`,
    header: t(`support.kpi.sla.${kind}`),
    numeric: true,
    cell: (r) => {
      const figure = r.sla.find((s) => s.kind === kind);
      if (!figure || figure.attainment === null || figure.attainment === undefined)
        return t('unavailableShort.NO_DATA');
      const text = t('support.attainmentWithN', { rate: fmt.ratio(figure.attainment), n: fmt.count(figure.measured) });
      // Breach lists narrow to a team; channels and accounts narrow through the global filter instead.
      return group === 'TEAM' && r.key && figure.within < figure.measured ? (
        <button type="button" className="link-button" onClick={() => onBreach(kind, r.key)}>
          {text}
        </button>
      ) : (
        text
      );
    },
    csv: (r) => r.sla.find((s) => s.kind === kind)?.attainment,
  }));
  const groupName = t(GROUPS.find((g) => g.value === group)?.label ?? 'support.group.TEAM');
  return (
    <Card
      title={title}
      className="card-wide"
      actions={
        <div className="card-actions">
          <InlineField label={t('support.groupBy')}>
            {(id) => (
              <select id={id} value={group} onChange={(e) => onGroup(e.target.value as SupportGrouping)}>
                {GROUPS.map((g) => (
                  <option key={g.value} value={g.value}>
                    {t(g.label)}
                  </option>
                ))}
              </select>
            )}
          </InlineField>
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
            {
              key: 'conversations',
              sortable: true,
              header: t('support.column.conversations'),
              cell: (r) => fmt.count(r.conversations),
              csv: (r) => r.conversations,
              numeric: true,
            },
            {
              key: 'handled',
              sortable: true,
              header: t('support.column.handled'),
              cell: (r) => fmt.count(r.handled),
              csv: (r) => r.handled,
              numeric: true,
            },
            {
              key: 'agentMessages',
              sortable: true,
              header: t('support.column.agentMessages'),
              cell: (r) => fmt.count(r.agentMessages),
              csv: (r) => r.agentMessages,
              numeric: true,
            },
            {
              key: 'frtMedian',
              sortable: true,
              header: t('support.kpi.firstResponseMedian'),
              cell: (r) => duration(r.firstResponse.medianMs),
              csv: (r) => csvSeconds(r.firstResponse.medianMs),
              numeric: true,
            },
            {
              key: 'replyMedian',
              sortable: true,
              header: t('support.kpi.replyMedian'),
              cell: (r) => duration(r.reply.medianMs),
              csv: (r) => csvSeconds(r.reply.medianMs),
              numeric: true,
            },
            {
              key: 'resolutionMedian',
              sortable: true,
              header: t('support.kpi.resolutionMedian'),
              cell: (r) => duration(r.resolution.medianMs),
              csv: (r) => csvSeconds(r.resolution.medianMs),
              numeric: true,
            },
            {
              key: 'reopened',
              sortable: true,
              header: t('support.column.reopened'),
              cell: (r) => fmt.count(r.reopened),
              csv: (r) => r.reopened,
              numeric: true,
            },
            {
              key: 'botHandoffs',
              sortable: true,
              header: t('support.column.botHandoffs'),
              cell: (r) => fmt.count(r.botHandoffs),
              csv: (r) => r.botHandoffs,
              numeric: true,
            },
            ...slaColumns,
          ]}
        />
      </DataState>
    </Card>
  );
}
