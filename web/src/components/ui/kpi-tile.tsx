import type { ReactNode } from 'react';
import { Sparkline } from '@web/components/charts/sparkline';
import type { MetricFieldsFragment } from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';
import { useI18n } from '@web/i18n/i18n-context';

export interface KpiTileDefinition {
  /** Names the figure for tests and styling (data-metric). */
  metric: string;
  label: MessageKey;
  /** Which direction of change is good news; colours the change, never hides it. */
  better: 'up' | 'down';
}

interface KpiTileProps {
  definition: KpiTileDefinition;
  metric: MetricFieldsFragment;
  /** False where the page has no previous period to compare with: the change line is left out. */
  comparison?: boolean;
  /** Formats the figure where its unit is not one of the metric units (money, a multiple). */
  format?: (value: number) => string;
  /** Shown under the figure, e.g. how it is computed. */
  children?: ReactNode;
}

/** One headline figure: value, change against the previous period, trend; or why there is no figure. */
export function KpiTile({ definition, metric, comparison = true, format, children }: KpiTileProps) {
  const { t, fmt } = useI18n();
  const label = t(definition.label);
  const { value, change, previousValue, unit } = metric;

  if (value === null || value === undefined) {
    const reason = metric.unavailableReason ?? 'NO_DATA';
    return (
      <article className="kpi kpi-unavailable" aria-label={label} data-metric={definition.metric}>
        <h3 className="kpi-label">{label}</h3>
        <p className="kpi-reason">{t(`unavailable.${reason}`)}</p>
        {children}
      </article>
    );
  }

  // Rates and scores compare in points (97.9% vs 98.0% is −0.1 pp, not −0.1%); other figures relatively.
  const inPoints = (unit === 'RATIO' || unit === 'SCORE') && previousValue !== null && previousValue !== undefined;
  const delta = inPoints ? (unit === 'RATIO' ? 100 : 1) * (value - previousValue) : change;
  const shownChange =
    delta === null || delta === undefined
      ? null
      : inPoints
        ? t(unit === 'RATIO' ? 'kpi.percentagePoints' : 'kpi.points', { value: fmt.pointsChange(delta) })
        : fmt.change(delta);
  const direction = delta === null || delta === undefined || delta === 0 ? 'flat' : delta > 0 ? 'up' : 'down';
  const tone = direction === 'flat' ? 'neutral' : direction === definition.better ? 'good' : 'bad';
  const series = metric.series.map((point) => point.value ?? null);
  return (
    <article className="kpi" aria-label={label} data-metric={definition.metric}>
      <h3 className="kpi-label">{label}</h3>
      <p className="kpi-value" data-testid="kpi-value">
        {format ? format(value) : fmt.metric(value, unit)}
      </p>
      {comparison && (
        <p className={`kpi-change kpi-${tone}`}>
          {shownChange === null ? (
            <span>{t('kpi.noComparison')}</span>
          ) : (
            <>
              <span aria-hidden="true">{direction === 'up' ? '▲' : direction === 'down' ? '▼' : '■'} </span>
              <span>{t(`kpi.change.${direction}`, { change: shownChange })}</span>
            </>
          )}
        </p>
      )}
      {previousValue !== null && previousValue !== undefined && (
        <p className="kpi-previous">
          {t('kpi.previous', { value: format ? format(previousValue) : fmt.metric(previousValue, unit) })}
        </p>
      )}
      {metric.sampleSize !== null && metric.sampleSize !== undefined && unit !== 'COUNT' && (
        <p className="kpi-sample">{t('kpi.sample', { count: metric.sampleSize, n: fmt.count(metric.sampleSize) })}</p>
      )}
      <Sparkline values={series} label={t('kpi.trend', { label })} />
      {children}
    </article>
  );
}
