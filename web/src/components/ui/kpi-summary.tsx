import type { CombinedError } from 'urql';
import type { MetricFieldsFragment, MetricUnit } from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';
import { useI18n } from '@web/i18n/i18n-context';
import { DataState } from './data-state';
import { HowComputed } from './how-computed';
import { KpiTile, type KpiTileDefinition } from './kpi-tile';

/** One headline tile: what it shows, how it is computed, and its figure taken from the page's data. */
export interface SummaryFigure<Data> {
  definition: KpiTileDefinition;
  how: MessageKey;
  metric: (data: Data) => MetricFieldsFragment;
}

/** A period figure without a previous-period comparison, in the shape the tiles take. */
export function periodMetric(
  unit: MetricUnit,
  value: number | null | undefined,
  series: Array<{ date: string; value: number | null | undefined }>,
  extra: Partial<MetricFieldsFragment> = {},
): MetricFieldsFragment {
  return {
    value: value ?? null,
    previousValue: null,
    change: null,
    unit,
    sampleSize: null,
    unavailableReason: null,
    series,
    ...extra,
  };
}

/** A page's row of headline tiles with loading, error and empty states, under a heading for screen readers. */
export function KpiSummary<Data>({
  id,
  title,
  data,
  fetching,
  error,
  onRetry,
  figures,
}: {
  id: string;
  title: MessageKey;
  data: Data | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
  figures: readonly SummaryFigure<Data>[];
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="visually-hidden">
        {t(title)}
      </h2>
      <DataState fetching={fetching} error={error} empty={!data} onRetry={onRetry} minHeight={160}>
        <div className="kpi-grid">
          {data &&
            figures.map((figure) => (
              <KpiTile
                key={figure.definition.metric}
                definition={figure.definition}
                metric={figure.metric(data)}
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
