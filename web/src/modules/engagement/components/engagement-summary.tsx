import type { UseQueryState } from 'urql';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import { KpiTile, type KpiTileDefinition } from '@web/components/ui/kpi-tile';
import type {
  EngagementQuery,
  EngagementQueryVariables,
  MetricFieldsFragment,
  MetricUnit,
} from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';
import { useI18n } from '@web/i18n/i18n-context';
import { timeReason } from './unavailable';

type Engagement = EngagementQuery['engagement'];
type Result = UseQueryState<EngagementQuery, EngagementQueryVariables>;

interface Figure {
  definition: KpiTileDefinition;
  how: MessageKey;
  metric: (e: Engagement) => MetricFieldsFragment;
}

const metric = (
  unit: MetricUnit,
  value: number | null | undefined,
  series: Array<{ date: string; value: number | null | undefined }>,
  extra: Partial<MetricFieldsFragment> = {},
): MetricFieldsFragment => ({
  value: value ?? null,
  previousValue: null,
  change: null,
  unit,
  sampleSize: null,
  unavailableReason: null,
  series,
  ...extra,
});

const FIGURES: readonly Figure[] = [
  {
    definition: { metric: 'sent', label: 'engagement.sent', better: 'up' },
    how: 'engagement.how.sent',
    metric: (e) =>
      metric(
        'COUNT',
        e.total.sent,
        e.days.map((d) => ({ date: d.date, value: d.sent })),
      ),
  },
  {
    definition: { metric: 'deliveryRate', label: 'kpi.deliveryRate', better: 'up' },
    how: 'engagement.how.deliveryRate',
    metric: (e) =>
      metric(
        'RATIO',
        e.total.deliveryRate,
        e.days.map((d) => ({ date: d.date, value: d.deliveryRate })),
        { sampleSize: e.total.sent, unavailableReason: e.total.deliveryRateUnavailableReason },
      ),
  },
  {
    definition: { metric: 'readRate', label: 'kpi.readRate', better: 'up' },
    how: 'engagement.how.readRate',
    metric: (e) =>
      metric(
        'RATIO',
        e.total.readRate,
        e.days.map((d) => ({ date: d.date, value: d.readRate })),
        { sampleSize: e.total.delivered, unavailableReason: e.total.readRateUnavailableReason },
      ),
  },
  {
    definition: { metric: 'medianTimeToRead', label: 'kpi.medianTimeToRead', better: 'down' },
    how: 'engagement.how.medianTimeToRead',
    metric: (e) =>
      metric(
        'SECONDS',
        e.total.medianSeconds,
        e.days.map((d) => ({ date: d.date, value: d.medianSeconds })),
        { sampleSize: e.total.timedReads, unavailableReason: timeReason(e.total.readReceipts) },
      ),
  },
  {
    definition: { metric: 'p90TimeToRead', label: 'engagement.p90TimeToRead', better: 'down' },
    how: 'engagement.how.p90TimeToRead',
    metric: (e) =>
      metric('SECONDS', e.total.p90Seconds, [], {
        sampleSize: e.total.timedReads,
        unavailableReason: timeReason(e.total.readReceipts),
      }),
  },
];

/** The headline figures of the period; channels without receipts say "not measurable", never 0. */
export function EngagementSummary({ result, onRetry }: { result: Result; onRetry: () => void }) {
  const { t } = useI18n();
  const engagement = result.data?.engagement;
  return (
    <section aria-labelledby="engagement-kpi-heading">
      <h2 id="engagement-kpi-heading" className="visually-hidden">
        {t('engagement.summary')}
      </h2>
      <DataState fetching={result.fetching} error={result.error} empty={!engagement} onRetry={onRetry} minHeight={160}>
        <div className="kpi-grid">
          {engagement &&
            FIGURES.map((figure) => (
              <KpiTile
                key={figure.definition.metric}
                definition={figure.definition}
                metric={figure.metric(engagement)}
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
