import type { CombinedError } from 'urql';
import { ChartData } from '@web/components/charts/chart-data';
import { HourOfWeekGrid } from '@web/components/charts/hour-of-week-grid';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import type { SupportHeatmapQuery } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { csvSeconds, useDuration } from '../use-duration';

type Cell = SupportHeatmapQuery['supportHeatmap'][number];

/**
 * Conversations started per weekday and hour in the tenant's zone, shaded by volume, each cell naming its median
 * first response: where demand peaks and whether answers slow down then. A real table, read cell by cell.
 */
export function SupportHeatmap({
  cells,
  timeZone,
  fetching,
  error,
  onRetry,
}: {
  cells: readonly Cell[];
  timeZone: string;
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
}) {
  const { t, fmt } = useI18n();
  const duration = useDuration();
  const max = Math.max(1, ...cells.map((c) => c.conversations));
  const title = t('support.heatmapTitle', { timeZone });
  const describe = (cell: Cell) =>
    t('support.heatmapCell', {
      day: fmt.weekday(cell.dayOfWeek),
      hour: fmt.hour(cell.hour),
      conversations: fmt.count(cell.conversations),
      median: duration(cell.medianFirstResponseMs),
    });
  return (
    <Card title={title} className="card-wide" actions={<HowComputed text={t('support.how.heatmap')} />}>
      <DataState
        fetching={fetching}
        error={error}
        empty={cells.every((c) => c.conversations === 0)}
        emptyText={t('support.noConversations')}
        onRetry={onRetry}
        minHeight={220}
      >
        <HourOfWeekGrid<Cell>
          title={title}
          shadeNote={t('support.heatmapShade')}
          cells={cells.filter((c) => c.conversations > 0)}
          level={(cell) => cell.conversations / max}
          describe={describe}
          testId="support-heatmap"
        />
        <p className="chart-note">{t('support.heatmapShade')}</p>
        <ChartData<Cell>
          caption={title}
          exportName="support-by-hour-of-week"
          rows={cells.filter((c) => c.conversations > 0)}
          rowKey={(c) => `${c.dayOfWeek}-${c.hour}`}
          columns={[
            {
              key: 'day',
              header: t('engagement.column.dayOfWeek'),
              cell: (c) => fmt.weekday(c.dayOfWeek),
              csv: (c) => c.dayOfWeek,
            },
            { key: 'hour', header: t('engagement.column.hour'), cell: (c) => fmt.hour(c.hour), csv: (c) => c.hour },
            {
              key: 'conversations',
              header: t('support.column.conversations'),
              cell: (c) => fmt.count(c.conversations),
              csv: (c) => c.conversations,
              numeric: true,
            },
            {
              key: 'median',
              header: t('support.kpi.firstResponseMedian'),
              cell: (c) => duration(c.medianFirstResponseMs),
              csv: (c) => csvSeconds(c.medianFirstResponseMs),
              numeric: true,
            },
          ]}
        />
      </DataState>
    </Card>
  );
}
