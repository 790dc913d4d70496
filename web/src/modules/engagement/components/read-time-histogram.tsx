import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartData } from '@web/components/charts/chart-data';
import type { UseQueryState } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import type {
  EngagementDrillDown,
  EngagementQuery,
  EngagementQueryVariables,
  ReadTimeBucket,
} from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';

type Result = UseQueryState<EngagementQuery, EngagementQueryVariables>;
type Row = EngagementQuery['engagement']['histogram'][number];

/** Time to read in the six DOMAIN buckets; a bar (or its row in the data table) lists the messages behind it. */
export function ReadTimeHistogram({
  result,
  onRetry,
  onDrill,
}: {
  result: Result;
  onRetry: () => void;
  onDrill: (drill: EngagementDrillDown) => void;
}) {
  const { t, fmt } = useI18n();
  const engagement = result.data?.engagement;
  const rows = engagement?.histogram ?? [];
  const title = t('engagement.histogramTitle');
  const label = (bucket: ReadTimeBucket) => t(`engagement.bucket.${bucket}`);
  const drill = (row: Row) => onDrill({ bucket: row.bucket });
  const timed = engagement?.total.timedReads ?? 0;
  const emptyText = !engagement
    ? undefined
    : engagement.total.readReceipts
      ? t('engagement.noReads')
      : t('unavailable.NOT_MEASURABLE');
  const alt = rows.map((r) => `${label(r.bucket)}: ${fmt.count(r.count)}`).join('; ');
  return (
    <Card title={title} actions={<HowComputed text={t('engagement.how.histogram')} />}>
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={timed === 0}
        emptyText={emptyText}
        onRetry={onRetry}
        minHeight={260}
      >
        <div className="chart" role="img" aria-label={`${title}: ${alt}`} data-testid="read-time-histogram">
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#d6dae0" />
              <XAxis dataKey="bucket" tickFormatter={(b: ReadTimeBucket) => label(b)} interval={0} fontSize={12} />
              <YAxis allowDecimals={false} tickFormatter={(v: number) => fmt.count(v)} width={56} />
              <Tooltip
                labelFormatter={(b) => label(b as ReadTimeBucket)}
                formatter={(value) => [fmt.count(Number(value)), t('engagement.messagesRead')]}
              />
              <Bar
                dataKey="count"
                fill="#1f5fbf"
                cursor="pointer"
                isAnimationActive={false}
                onClick={(_, index) => rows[index] && drill(rows[index])}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <p className="chart-note">{t('engagement.clickHint')}</p>
        <ChartData<Row>
          caption={title}
          exportName="time-to-read-histogram"
          rows={rows}
          rowKey={(r) => r.bucket}
          columns={[
            {
              key: 'bucket',
              header: t('engagement.column.timeToRead'),
              cell: (r) => (
                <button type="button" className="link-button" onClick={() => drill(r)}>
                  {label(r.bucket)}
                </button>
              ),
              csv: (r) => r.bucket,
            },
            {
              key: 'count',
              header: t('engagement.messagesRead'),
              cell: (r) => fmt.count(r.count),
              csv: (r) => r.count,
              numeric: true,
            },
            {
              key: 'share',
              header: t('engagement.column.share'),
              cell: (r) => (r.share === null || r.share === undefined ? '—' : fmt.ratio(r.share)),
              csv: (r) => r.share,
              numeric: true,
            },
          ]}
        />
      </DataState>
    </Card>
  );
}
