import type { CombinedError } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable, type Column } from '@web/components/ui/data-table';
import { HowComputed } from '@web/components/ui/how-computed';
import { useTableSort, type Sorter } from '@web/components/ui/use-table-sort';
import type { SlaKind, SupportGroupFieldsFragment } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { MIN_RANKED_RESPONSES, missedTargets, SLA_GOAL, slowestAgent, worstAttainment } from '../leaderboard';
import { csvSeconds, useDuration } from '../use-duration';

type Row = SupportGroupFieldsFragment;

const SORTERS: Record<string, Sorter<Row>> = {
  agent: { value: (r) => r.label, first: 'ascending' },
  handled: { value: (r) => r.handled, first: 'descending' },
  agentMessages: { value: (r) => r.agentMessages, first: 'descending' },
  resolved: { value: (r) => r.resolved, first: 'descending' },
  frtMedian: { value: (r) => r.firstResponse.medianMs, first: 'ascending' },
  frtP90: { value: (r) => r.firstResponse.p90Ms, first: 'ascending' },
  replyMedian: { value: (r) => r.reply.medianMs, first: 'ascending' },
  resolutionMedian: { value: (r) => r.resolution.medianMs, first: 'ascending' },
  sla: { value: (r) => worstAttainment(r), first: 'ascending' },
};

/**
 * Agents side by side — response times, workload and SLA attainment — with the slowest agent and every agent
 * below the SLA goal marked, so a manager sees both at a glance. An attainment opens the agent's breaches.
 */
export function AgentLeaderboard({
  rows,
  targets,
  fetching,
  error,
  onRetry,
  onBreach,
}: {
  rows: readonly Row[];
  /** The configured targets, in the order the totals list them. */
  targets: readonly SlaKind[];
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
  onBreach: (kind: SlaKind, agentId: string) => void;
}) {
  const { t, fmt } = useI18n();
  const duration = useDuration();
  // Conversations no agent answered form a row of their own (key ""): listed, never ranked or marked.
  const agents = rows.filter((r) => r.key !== '');
  const slowest = slowestAgent(agents);
  const misses = (r: Row) => r.key !== '' && missedTargets(r).length > 0;
  const missing = agents.filter(misses);
  const name = (r: Row) => (r.key === '' ? t('support.none') : r.label);
  const sorted = useTableSort(rows, SORTERS, { key: 'frtMedian', direction: 'ascending' });
  const title = t('support.leaderboardTitle');
  const slaColumns: Column<Row>[] = targets.map((kind) => ({
    key: `sla-${kind}`,
    header: t(`support.kpi.sla.${kind}`),
    numeric: true,
    cell: (r) => {
      const figure = r.sla.find((s) => s.kind === kind);
      if (!figure || figure.attainment === null || figure.attainment === undefined)
        return t('unavailableShort.NO_DATA');
      const text = t('support.attainmentWithN', { rate: fmt.ratio(figure.attainment), n: fmt.count(figure.measured) });
      return figure.within < figure.measured ? (
        <button
          type="button"
          className="link-button"
          onClick={() => onBreach(kind, r.key)}
          aria-label={t('support.listAgentBreaches', { agent: name(r), target: t(`support.sla.${kind}`) })}
        >
          {text}
        </button>
      ) : (
        text
      );
    },
    csv: (r) => r.sla.find((s) => s.kind === kind)?.attainment,
  }));
  return (
    <Card
      title={title}
      className="card-wide"
      actions={
        <HowComputed text={t('support.how.leaderboard', { min: MIN_RANKED_RESPONSES, goal: fmt.ratio(SLA_GOAL) })} />
      }
    >
      <DataState
        fetching={fetching}
        error={error}
        empty={rows.length === 0}
        emptyText={t('support.noAgents')}
        onRetry={onRetry}
      >
        <p className="leader-note" data-testid="slowest-agent">
          {slowest
            ? t('support.slowestNote', {
                agent: slowest.label,
                median: duration(slowest.firstResponse.medianMs),
                n: fmt.count(slowest.firstResponse.count),
              })
            : t('support.slowestNone', { min: MIN_RANKED_RESPONSES })}
        </p>
        <p className="leader-note" data-testid="missing-sla">
          {targets.length === 0
            ? t('support.noTargets')
            : missing.length > 0
              ? t('support.missingNote', { agents: missing.map((r) => r.label).join(', '), goal: fmt.ratio(SLA_GOAL) })
              : t('support.missingNone', { goal: fmt.ratio(SLA_GOAL) })}
        </p>
        <DataTable<Row>
          caption={title}
          captionHidden
          exportName="support-agents"
          rows={sorted.rows}
          rowKey={(r) => r.key}
          sort={sorted.sort}
          onSort={sorted.onSort}
          rowClassName={(r) => (r === slowest || misses(r) ? 'row-warning' : undefined)}
          columns={[
            {
              key: 'agent',
              sortable: true,
              header: t('support.column.agent'),
              cell: (r) => (
                <span className="cell-with-badge">
                  {name(r)}
                  {r === slowest && <span className="badge badge-warning">{t('support.slowest')}</span>}
                  {misses(r) && <span className="badge badge-warning">{t('support.missesSla')}</span>}
                </span>
              ),
              csv: (r) => r.label,
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
              key: 'resolved',
              sortable: true,
              header: t('support.column.resolved'),
              cell: (r) => fmt.count(r.resolved),
              csv: (r) => r.resolved,
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
              key: 'frtP90',
              sortable: true,
              header: t('support.kpi.firstResponseP90'),
              cell: (r) => duration(r.firstResponse.p90Ms),
              csv: (r) => csvSeconds(r.firstResponse.p90Ms),
              numeric: true,
            },
            {
              key: 'frtCount',
              header: t('support.column.firstResponses'),
              cell: (r) => fmt.count(r.firstResponse.count),
              csv: (r) => r.firstResponse.count,
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
            ...slaColumns,
          ]}
        />
      </DataState>
    </Card>
  );
}
