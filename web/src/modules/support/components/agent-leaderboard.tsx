import type { CombinedError } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import { HowComputed } from '@web/components/ui/how-computed';
import { useTableSort, type Sorter } from '@web/components/ui/use-table-sort';
import type { SlaKind, SupportGroupFieldsFragment } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { MIN_RANKED_RESPONSES, missedTargets, SLA_GOAL, slowestAgent } from '../leaderboard';
import { SUPPORT_SORTERS, slaColumns, supportColumns, type BreachLink } from '../support-columns';
import { useDuration } from '../use-duration';

type Row = SupportGroupFieldsFragment;

const SORTERS: Record<string, Sorter<Row>> = {
  ...SUPPORT_SORTERS,
  agent: { value: (r) => r.label, first: 'ascending' },
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
  const openBreaches: BreachLink = {
    open: (kind, r) => () => onBreach(kind, r.key),
    label: (kind, r) => t('support.listAgentBreaches', { agent: name(r), target: t(`support.sla.${kind}`) }),
  };
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
            ...supportColumns(
              [
                'handled',
                'agentMessages',
                'resolved',
                'frtMedian',
                'frtP90',
                'frtCount',
                'replyMedian',
                'resolutionMedian',
              ],
              t,
              fmt,
              duration,
              (key) => key !== 'frtCount',
            ),
            ...slaColumns(targets, t, fmt, openBreaches),
          ]}
        />
      </DataState>
    </Card>
  );
}
