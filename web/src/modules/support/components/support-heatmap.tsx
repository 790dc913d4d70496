import type { CombinedError } from 'urql';
import { ChartData } from '@web/components/charts/chart-data';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import type { SupportHeatmapQuery } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { csvSeconds, useDuration } from '../use-duration';

type Cell = SupportHeatmapQuery['supportHeatmap'][number];

const DAYS = [1, 2, 3, 4, 5, 6, 7];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

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
  const byKey = new Map(cells.map((c) => [`${c.dayOfWeek}-${c.hour}`, c]));
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
        <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
          <table className="heatmap" data-testid="support-heatmap">
            <caption className="visually-hidden">
              {title}. {t('support.heatmapShade')}
            </caption>
            <thead>
              <tr>
                <td />
                {HOURS.map((hour) => (
                  <th key={hour} scope="col" abbr={fmt.hour(hour)}>
                    {hour}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {DAYS.map((day) => (
                <tr key={day}>
                  <th scope="row" abbr={fmt.weekday(day)}>
                    {fmt.weekday(day, 'short')}
                  </th>
                  {HOURS.map((hour) => {
                    const cell = byKey.get(`${day}-${hour}`);
                    if (!cell || cell.conversations === 0) return <td key={hour} className="heatmap-empty" />;
                    const level = cell.conversations / max;
                    return (
                      <td key={hour}>
                        <span
                          className="heatmap-cell"
                          role="img"
                          style={{
                            backgroundColor: `rgba(31, 95, 191, ${(0.12 + 0.88 * level).toFixed(2)})`,
                            cursor: 'default',
                          }}
                          aria-label={describe(cell)}
                          title={describe(cell)}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
