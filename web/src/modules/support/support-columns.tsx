import type { Column } from '@web/components/ui/data-table';
import type { Sorter } from '@web/components/ui/use-table-sort';
import type { SlaKind, SupportGroupFieldsFragment } from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';
import type { Translate } from '@web/i18n/translate';
import type { Formatters } from '@web/lib/format';
import { worstAttainment } from './leaderboard';
import { csvSeconds } from './use-duration';

type Group = SupportGroupFieldsFragment;

/** A count, or a duration in milliseconds (shown as a time, exported in whole seconds, sorted fastest first). */
type Figure =
  | { header: MessageKey; count: (row: Group) => number }
  | { header: MessageKey; ms: (row: Group) => number | null | undefined };

const FIGURES = {
  conversations: { header: 'support.column.conversations', count: (r) => r.conversations },
  handled: { header: 'support.column.handled', count: (r) => r.handled },
  agentMessages: { header: 'support.column.agentMessages', count: (r) => r.agentMessages },
  resolved: { header: 'support.column.resolved', count: (r) => r.resolved },
  reopened: { header: 'support.column.reopened', count: (r) => r.reopened },
  botHandoffs: { header: 'support.column.botHandoffs', count: (r) => r.botHandoffs },
  frtCount: { header: 'support.column.firstResponses', count: (r) => r.firstResponse.count },
  frtMedian: { header: 'support.kpi.firstResponseMedian', ms: (r) => r.firstResponse.medianMs },
  frtP90: { header: 'support.kpi.firstResponseP90', ms: (r) => r.firstResponse.p90Ms },
  replyMedian: { header: 'support.kpi.replyMedian', ms: (r) => r.reply.medianMs },
  resolutionMedian: { header: 'support.kpi.resolutionMedian', ms: (r) => r.resolution.medianMs },
} satisfies Record<string, Figure>;

export type SupportColumnKey = keyof typeof FIGURES;

/** How the figure columns sort (counts most first, times fastest first), and `sla` by a row's worst attainment. */
export const SUPPORT_SORTERS: Record<string, Sorter<Group>> = {
  ...Object.fromEntries(
    Object.entries(FIGURES).map(([key, f]: [string, Figure]): [string, Sorter<Group>] => [
      key,
      'count' in f ? { value: f.count, first: 'descending' } : { value: f.ms, first: 'ascending' },
    ]),
  ),
  sla: { value: worstAttainment, first: 'ascending' },
};

/**
 * The figure columns of the support tables (agents, teams/channels/accounts, periods), in the order asked for:
 * counts as counts, times as durations (CSV in whole seconds). Sortable where the table sorts.
 */
export function supportColumns(
  keys: readonly SupportColumnKey[],
  t: Translate,
  fmt: Formatters,
  duration: (ms: number | null | undefined) => string,
  sortable: (key: SupportColumnKey) => boolean = () => false,
): Column<Group>[] {
  return keys.map((key) => {
    const figure: Figure = FIGURES[key];
    const common = { key, sortable: sortable(key), header: t(figure.header), numeric: true };
    if ('count' in figure) return { ...common, cell: (r) => fmt.count(figure.count(r)), csv: figure.count };
    return { ...common, cell: (r) => duration(figure.ms(r)), csv: (r) => csvSeconds(figure.ms(r)) };
  });
}

/** How a row's missed target opens its breaches: none when the row cannot be narrowed to (the button is left out). */
export interface BreachLink {
  open: (kind: SlaKind, row: Group) => (() => void) | undefined;
  label?: (kind: SlaKind, row: Group) => string;
}

/** One column per configured target: attainment with its sample; a row with breaches can open them. */
export function slaColumns(
  targets: readonly SlaKind[],
  t: Translate,
  fmt: Formatters,
  breach: BreachLink,
): Column<Group>[] {
  return targets.map((kind) => ({
    key: `sla-${kind}`,
    header: t(`support.kpi.sla.${kind}`),
    numeric: true,
    cell: (r) => {
      const figure = r.sla.find((s) => s.kind === kind);
      if (!figure || figure.attainment === null || figure.attainment === undefined)
        return t('unavailableShort.NO_DATA');
      const text = t('support.attainmentWithN', { rate: fmt.ratio(figure.attainment), n: fmt.count(figure.measured) });
      const open = figure.within < figure.measured ? breach.open(kind, r) : undefined;
      return open ? (
        <button type="button" className="link-button" onClick={open} aria-label={breach.label?.(kind, r)}>
          {text}
        </button>
      ) : (
        text
      );
    },
    csv: (r) => r.sla.find((s) => s.kind === kind)?.attainment,
  }));
}
