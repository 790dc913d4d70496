import type { CombinedError } from 'urql';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import { KpiTile, type KpiTileDefinition } from '@web/components/ui/kpi-tile';
import type { MetricFieldsFragment } from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';
import { useI18n } from '@web/i18n/i18n-context';
import type { CampaignDay, Performance, PerformanceRow } from '../campaign-types';
import { useCampaignFormat } from '../use-campaign-format';

type Kind = 'count' | 'money' | 'multiple';

interface Figure {
  definition: KpiTileDefinition;
  how: MessageKey;
  kind: Kind;
  value: (total: PerformanceRow) => number | null | undefined;
  /** The daily trend where the days carry the figure itself (not for ratios of sums). */
  day?: (day: CampaignDay) => number;
}

const FIGURES: readonly Figure[] = [
  {
    definition: { metric: 'conversations', label: 'campaigns.conversations', better: 'up' },
    how: 'campaigns.how.conversations',
    kind: 'count',
    value: (r) => r.conversations,
    day: (d) => d.conversations,
  },
  {
    definition: { metric: 'uniqueContacts', label: 'campaigns.uniqueContacts', better: 'up' },
    how: 'campaigns.how.uniqueContacts',
    kind: 'count',
    value: (r) => r.uniqueContacts,
  },
  {
    definition: { metric: 'conversions', label: 'campaigns.conversions', better: 'up' },
    how: 'campaigns.how.conversions',
    kind: 'count',
    value: (r) => r.conversions,
    day: (d) => d.conversions,
  },
  {
    definition: { metric: 'revenue', label: 'campaigns.revenue', better: 'up' },
    how: 'campaigns.how.revenue',
    kind: 'money',
    value: (r) => r.revenue,
    day: (d) => d.revenue,
  },
  {
    definition: { metric: 'spend', label: 'campaigns.spendShort', better: 'down' },
    how: 'campaigns.how.spend',
    kind: 'money',
    value: (r) => r.spend,
    day: (d) => d.spend,
  },
  {
    definition: { metric: 'costPerConversion', label: 'campaigns.costPerConversion', better: 'down' },
    how: 'campaigns.how.costPerConversion',
    kind: 'money',
    value: (r) => r.costPerConversion,
  },
  {
    definition: { metric: 'roas', label: 'campaigns.roas', better: 'up' },
    how: 'campaigns.how.roas',
    kind: 'multiple',
    value: (r) => r.roas,
  },
];

const metric = (value: number | null | undefined, series: MetricFieldsFragment['series']): MetricFieldsFragment => ({
  value: value ?? null,
  previousValue: null,
  change: null,
  unit: 'COUNT',
  sampleSize: null,
  unavailableReason: null,
  series,
});

/** The period's totals in the reporting currency; each explains how it is computed under the chosen model. */
export function CampaignSummary({
  performance,
  fetching,
  error,
  onRetry,
}: {
  performance: Performance | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
}) {
  const { t, fmt } = useI18n();
  const format = useCampaignFormat(performance?.currency ?? 'EUR');
  const params = performance && {
    model: t(`campaigns.model.${performance.model}`),
    days: performance.windowDays,
    currency: performance.currency,
  };
  return (
    <section aria-labelledby="campaigns-kpi-heading">
      <h2 id="campaigns-kpi-heading" className="visually-hidden">
        {t('campaigns.summary')}
      </h2>
      <DataState fetching={fetching} error={error} empty={!performance} onRetry={onRetry} minHeight={160}>
        <div className="kpi-grid">
          {performance &&
            FIGURES.map((figure) => (
              <KpiTile
                key={figure.definition.metric}
                definition={figure.definition}
                metric={metric(
                  figure.value(performance.total),
                  figure.day ? performance.days.map((d) => ({ date: d.date, value: figure.day!(d) })) : [],
                )}
                comparison={false}
                format={
                  figure.kind === 'money'
                    ? (v) => format.money(v)
                    : figure.kind === 'multiple'
                      ? format.roas
                      : fmt.count
                }
              >
                <HowComputed text={t(figure.how, params)} />
              </KpiTile>
            ))}
        </div>
      </DataState>
    </section>
  );
}
