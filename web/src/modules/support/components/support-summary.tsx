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

interface Figure {
  definition: KpiTileDefinition;
  how: MessageKey;
  metric: (totals: Group, periods: readonly Group[]) => MetricFieldsFragment;
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

const FIGURES: readonly Figure[] = [
  {
    definition: { metric: 'firstResponseMedian', label: 'support.kpi.firstResponseMedian', better: 'down' },
    how: 'support.how.firstResponse',
    metric: (g, periods) =>
      metric(
        'SECONDS',
        seconds(g.firstResponse.medianMs),
        g.firstResponse.count,
        periods.map((p) => ({ date: p.key, value: seconds(p.firstResponse.medianMs) })),
      ),
  },
  {
    definition: { metric: 'firstResponseP90', label: 'support.kpi.firstResponseP90', better: 'down' },
    how: 'support.how.p90',
    metric: (g) => metric('SECONDS', seconds(g.firstResponse.p90Ms), g.firstResponse.count),
  },
  {
    definition: { metric: 'replyMedian', label: 'support.kpi.replyMedian', better: 'down' },
    how: 'support.how.reply',
    metric: (g, periods) =>
      metric(
        'SECONDS',
        seconds(g.reply.medianMs),
        g.reply.count,
        periods.map((p) => ({ date: p.key, value: seconds(p.reply.medianMs) })),
      ),
  },
  {
    definition: { metric: 'resolutionMedian', label: 'support.kpi.resolutionMedian', better: 'down' },
    how: 'support.how.resolution',
    metric: (g, periods) =>
      metric(
        'SECONDS',
        seconds(g.resolution.medianMs),
        g.resolution.count,
        periods.map((p) => ({ date: p.key, value: seconds(p.resolution.medianMs) })),
      ),
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
  return (
    <section aria-labelledby="support-kpi-heading">
      <h2 id="support-kpi-heading" className="visually-hidden">
        {t('support.summary')}
      </h2>
      <DataState fetching={fetching} error={error} empty={!totals} onRetry={onRetry} minHeight={160}>
        <div className="kpi-grid">
          {totals &&
            FIGURES.map((figure) => (
              <KpiTile
                key={figure.definition.metric}
                definition={figure.definition}
                metric={figure.metric(totals, periods)}
                comparison={false}
              >
                <HowComputed text={t(figure.how)} />
              </KpiTile>
            ))}
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
          {satisfaction && (
            <>
              <KpiTile
                definition={{ metric: 'nps', label: 'support.kpi.nps', better: 'up' }}
                metric={metric('SCORE', satisfaction.nps.score, satisfaction.nps.answers)}
                comparison={false}
              >
                <HowComputed text={t('support.how.nps')} />
              </KpiTile>
              <KpiTile
                definition={{ metric: 'csat', label: 'support.kpi.csat', better: 'up' }}
                metric={metric('RATIO', satisfaction.csat.score, satisfaction.csat.answers)}
                comparison={false}
              >
                <HowComputed text={t('support.how.csat')} />
              </KpiTile>
            </>
          )}
        </div>
      </DataState>
    </section>
  );
}
