import type { CombinedError } from 'urql';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import { KpiTile, type KpiTileDefinition } from '@web/components/ui/kpi-tile';
import type {
  MetricFieldsFragment,
  MetricUnit,
  SatisfactionGroupFieldsFragment,
  SlaKind,
  SupportGroupFieldsFragment,
} from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';
import { useI18n } from '@web/i18n/i18n-context';
import { SLA_GOAL } from '../leaderboard';
import { useDuration } from '../use-duration';

type Group = SupportGroupFieldsFragment;

/** One headline tile: what it shows, how it is computed and its figure. */
interface Figure {
  definition: KpiTileDefinition;
  how: MessageKey;
  metric: MetricFieldsFragment;
}

const metric = (
  unit: MetricUnit,
  value: number | null | undefined,
  sampleSize: number | null,
  series: Array<{ date: string; value: number | null | undefined }> = [],
): MetricFieldsFragment => ({
  value: value ?? null,
  previousValue: null,
  change: null,
  unit,
  sampleSize,
  unavailableReason: null,
  series,
});

const seconds = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : ms / 1000);

/** The time tiles: a median or p90 of the totals over its sample; medians also drawn per period as the trend. */
const TIMES: ReadonlyArray<{
  metric: 'firstResponseMedian' | 'firstResponseP90' | 'replyMedian' | 'resolutionMedian';
  how: MessageKey;
  stats: (group: Group) => Group['firstResponse'];
  value: 'medianMs' | 'p90Ms';
}> = [
  { metric: 'firstResponseMedian', how: 'support.how.firstResponse', stats: (g) => g.firstResponse, value: 'medianMs' },
  { metric: 'firstResponseP90', how: 'support.how.p90', stats: (g) => g.firstResponse, value: 'p90Ms' },
  { metric: 'replyMedian', how: 'support.how.reply', stats: (g) => g.reply, value: 'medianMs' },
  { metric: 'resolutionMedian', how: 'support.how.resolution', stats: (g) => g.resolution, value: 'medianMs' },
];

const timeFigures = (totals: Group, periods: readonly Group[]): Figure[] =>
  TIMES.map(({ metric: name, how, stats, value }) => ({
    definition: { metric: name, label: `support.kpi.${name}`, better: 'down' },
    how,
    metric: metric(
      'SECONDS',
      seconds(stats(totals)[value]),
      stats(totals).count,
      value === 'medianMs' ? periods.map((p) => ({ date: p.key, value: seconds(stats(p)[value]) })) : [],
    ),
  }));

const satisfactionFigures = ({ nps, csat }: SatisfactionGroupFieldsFragment): Figure[] => [
  {
    definition: { metric: 'nps', label: 'support.kpi.nps', better: 'up' },
    how: 'support.how.nps',
    metric: metric('SCORE', nps.score, nps.answers),
  },
  {
    definition: { metric: 'csat', label: 'support.kpi.csat', better: 'up' },
    how: 'support.how.csat',
    metric: metric('RATIO', csat.score, csat.answers),
  },
];

/**
 * The headline figures: response and resolution times, attainment of each SLA target (each opens the conversations
 * that missed it), NPS and CSAT.
 */
export function SupportSummary({
  totals,
  periods,
  satisfaction,
  fetching,
  error,
  onRetry,
  onBreach,
}: {
  totals: Group | undefined;
  periods: readonly Group[];
  satisfaction: SatisfactionGroupFieldsFragment | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
  onBreach: (kind: SlaKind) => void;
}) {
  const { t, fmt } = useI18n();
  const duration = useDuration();
  const tiles = (figures: readonly Figure[]) =>
    figures.map((figure) => (
      <KpiTile key={figure.definition.metric} definition={figure.definition} metric={figure.metric} comparison={false}>
        <HowComputed text={t(figure.how)} />
      </KpiTile>
    ));
  return (
    <section aria-labelledby="support-kpi-heading">
      <h2 id="support-kpi-heading" className="visually-hidden">
        {t('support.summary')}
      </h2>
      <DataState fetching={fetching} error={error} empty={!totals} onRetry={onRetry} minHeight={160}>
        <div className="kpi-grid">
          {totals && tiles(timeFigures(totals, periods))}
          {totals?.sla.map((sla) => (
            <KpiTile
              key={sla.kind}
              definition={{ metric: `sla-${sla.kind}`, label: `support.kpi.sla.${sla.kind}`, better: 'up' }}
              metric={metric(
                'RATIO',
                sla.attainment,
                sla.measured,
                periods.map((p) => ({
                  date: p.key,
                  value: p.sla.find((s) => s.kind === sla.kind)?.attainment,
                })),
              )}
              comparison={false}
            >
              <p className="kpi-note">
                {t('support.slaTarget', { target: duration(sla.targetMs), basis: t(`support.basis.${sla.basis}`) })}
              </p>
              {sla.measured > sla.within && (
                <button type="button" className="link-button" onClick={() => onBreach(sla.kind)}>
                  {/* Next-reply figures count replies, not conversations: the list is of the conversations. */}
                  {sla.kind === 'NEXT_REPLY'
                    ? t('support.listBreachingConversations')
                    : t('support.listBreaches', {
                        count: sla.measured - sla.within,
                        n: fmt.count(sla.measured - sla.within),
                      })}
                </button>
              )}
              <HowComputed text={t('support.how.sla', { goal: fmt.ratio(SLA_GOAL) })} />
            </KpiTile>
          ))}
          {totals && totals.sla.length === 0 && (
            <article className="kpi kpi-unavailable" aria-label={t('support.kpi.slaNone')} data-metric="sla">
              <h3 className="kpi-label">{t('support.kpi.slaNone')}</h3>
              <p className="kpi-reason">{t('support.noTargets')}</p>
            </article>
          )}
          {satisfaction && tiles(satisfactionFigures(satisfaction))}
        </div>
      </DataState>
    </section>
  );
}
