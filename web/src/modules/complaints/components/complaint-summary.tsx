import type { UseQueryState } from 'urql';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import { KpiTile, type KpiTileDefinition } from '@web/components/ui/kpi-tile';
import type {
  ComplaintTrendsQuery,
  ComplaintTrendsQueryVariables,
  MetricFieldsFragment,
  MetricUnit,
} from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';
import { useI18n } from '@web/i18n/i18n-context';
import { spikeDays } from '../complaint-days';

type Trends = ComplaintTrendsQuery['complaintTrends'];
type Result = UseQueryState<ComplaintTrendsQuery, ComplaintTrendsQueryVariables>;

interface Figure {
  definition: KpiTileDefinition;
  how: MessageKey;
  metric: (c: Trends) => MetricFieldsFragment;
}

const metric = (
  unit: MetricUnit,
  value: number | null | undefined,
  series: Array<{ date: string; value: number | null | undefined }>,
  sampleSize: number | null = null,
): MetricFieldsFragment => ({
  value: value ?? null,
  previousValue: null,
  change: null,
  unit,
  sampleSize,
  unavailableReason: null,
  series,
});

const FIGURES: readonly Figure[] = [
  {
    definition: { metric: 'complaintRate', label: 'kpi.complaintRate', better: 'down' },
    how: 'complaints.how.rate',
    metric: (c) =>
      metric(
        'PER_THOUSAND',
        c.rate,
        c.days.map((d) => ({ date: d.date, value: d.rate })),
        c.delivered,
      ),
  },
  {
    definition: { metric: 'complaints', label: 'complaints.complaints', better: 'down' },
    how: 'complaints.how.complaints',
    metric: (c) =>
      metric(
        'COUNT',
        c.complaints,
        c.days.map((d) => ({ date: d.date, value: d.complaints })),
      ),
  },
  {
    definition: { metric: 'delivered', label: 'complaints.delivered', better: 'up' },
    how: 'complaints.how.delivered',
    metric: (c) =>
      metric(
        'COUNT',
        c.delivered,
        c.days.map((d) => ({ date: d.date, value: d.delivered })),
      ),
  },
  {
    definition: { metric: 'spikeDays', label: 'complaints.spikeDays', better: 'down' },
    how: 'complaints.how.spikes',
    metric: (c) =>
      metric(
        'COUNT',
        spikeDays(c.days).length,
        c.days.map((d) => ({ date: d.date, value: d.spike ? 1 : 0 })),
      ),
  },
];

/** The period's complaint rate, complaints, delivered business-initiated messages and spike days. */
export function ComplaintSummary({ result, onRetry }: { result: Result; onRetry: () => void }) {
  const { t } = useI18n();
  const trends = result.data?.complaintTrends;
  return (
    <section aria-labelledby="complaints-kpi-heading">
      <h2 id="complaints-kpi-heading" className="visually-hidden">
        {t('complaints.summary')}
      </h2>
      <DataState fetching={result.fetching} error={result.error} empty={!trends} onRetry={onRetry} minHeight={160}>
        <div className="kpi-grid">
          {trends &&
            FIGURES.map((figure) => (
              <KpiTile
                key={figure.definition.metric}
                definition={figure.definition}
                metric={figure.metric(trends)}
                comparison={false}
              >
                <HowComputed text={t(figure.how)} />
              </KpiTile>
            ))}
        </div>
      </DataState>
    </section>
  );
}
