import type { UseQueryState } from 'urql';
import { ChartData } from '@web/components/charts/chart-data';
import { HourOfWeekGrid } from '@web/components/charts/hour-of-week-grid';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import type { EngagementDrillDown, EngagementQuery, EngagementQueryVariables } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { readColumns } from './read-columns';
import { useFigure } from './unavailable';

type Result = UseQueryState<EngagementQuery, EngagementQueryVariables>;
type Cell = EngagementQuery['engagement']['heatmap'][number];

/**
 * Sends by hour of week (tenant time zone, by send time), shaded by read rate — or by volume when nothing selected
 * reports reads. It is a real table: screen readers read it cell by cell, and every cell with sends is a button that
 * lists its messages.
 */
export function HourOfWeekHeatmap({
  result,
  onRetry,
  onDrill,
}: {
  result: Result;
  onRetry: () => void;
  onDrill: (drill: EngagementDrillDown) => void;
}) {
  const { t, fmt } = useI18n();
  const figure = useFigure();
  const engagement = result.data?.engagement;
  const cells = engagement?.heatmap ?? [];
  const byReadRate = engagement?.total.readReceipts ?? false;
  const maxSent = Math.max(1, ...cells.map((c) => c.sent));
  const title = t('engagement.heatmapTitle', { timeZone: engagement?.timeZone ?? '' });
  const intensity = (cell: Cell) => (byReadRate ? (cell.readRate ?? 0) : cell.sent / maxSent);
  const describe = (cell: Cell) =>
    t('engagement.heatmapCell', {
      day: fmt.weekday(cell.dayOfWeek),
      hour: fmt.hour(cell.hour),
      sent: fmt.count(cell.sent),
      rate:
        cell.readRate === null || cell.readRate === undefined
          ? t(`unavailableShort.${byReadRate ? 'NO_DATA' : 'NOT_MEASURABLE'}`)
          : fmt.ratio(cell.readRate),
    });
  const drill = (cell: Cell) => onDrill({ dayOfWeek: cell.dayOfWeek, hour: cell.hour });
  return (
    <Card title={title} className="card-wide" actions={<HowComputed text={t('engagement.how.heatmap')} />}>
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={cells.length === 0}
        emptyText={engagement ? t('overview.noSent') : undefined}
        onRetry={onRetry}
        minHeight={220}
      >
        <HourOfWeekGrid<Cell>
          title={title}
          shadeNote={t(byReadRate ? 'engagement.heatmapShadeRate' : 'engagement.heatmapShadeSent')}
          cells={cells}
          level={intensity}
          describe={describe}
          onOpen={drill}
        />
        <p className="chart-note">
          {t(byReadRate ? 'engagement.heatmapShadeRate' : 'engagement.heatmapShadeSent')} {t('engagement.clickHint')}
        </p>
        <ChartData<Cell>
          caption={title}
          exportName="engagement-by-hour-of-week"
          rows={cells}
          rowKey={(c) => `${c.dayOfWeek}-${c.hour}`}
          columns={[
            {
              key: 'day',
              header: t('engagement.column.dayOfWeek'),
              cell: (c) => (
                <button type="button" className="link-button" onClick={() => drill(c)}>
                  {fmt.weekday(c.dayOfWeek)}
                </button>
              ),
              csv: (c) => c.dayOfWeek,
            },
            {
              key: 'hour',
              header: t('engagement.column.hour'),
              cell: (c) => fmt.hour(c.hour),
              csv: (c) => c.hour,
            },
            {
              key: 'sent',
              header: t('column.sent'),
              cell: (c) => fmt.count(c.sent),
              csv: (c) => c.sent,
              numeric: true,
            },
            {
              key: 'read',
              header: t('column.read'),
              cell: (c) => (byReadRate ? fmt.count(c.read) : t('unavailableShort.NOT_MEASURABLE')),
              csv: (c) => (byReadRate ? c.read : null),
              numeric: true,
            },
            ...readColumns<Cell>(t, figure, byReadRate),
          ]}
        />
      </DataState>
    </Card>
  );
}
