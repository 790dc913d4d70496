import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartData } from '@web/components/charts/chart-data';
import type { UseQueryState } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import type { EngagementDrillDown, EngagementQuery, EngagementQueryVariables } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { readColumns } from './read-columns';
import { timeReason, useFigure } from './unavailable';

type Result = UseQueryState<EngagementQuery, EngagementQueryVariables>;
type Row = EngagementQuery['engagement']['days'][number];

/** Read rate and median time to read per day (by send day); a day lists the messages sent on it. */
export function EngagementTrend({
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
  const rows = engagement?.days ?? [];
  const readReceipts = engagement?.total.readReceipts ?? true;
  const title = t('engagement.trendTitle');
  const names = { readRate: t('kpi.readRate'), medianSeconds: t('kpi.medianTimeToRead') };
  const drill = (date: string) => onDrill({ date });
  const sent = engagement?.total.sent ?? 0;
  return (
    <Card title={title} actions={<HowComputed text={t('engagement.how.trend')} />}>
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={sent === 0}
        emptyText={engagement ? t('overview.noSent') : undefined}
        onRetry={onRetry}
        minHeight={260}
      >
        <div
          className="chart"
          role="img"
          aria-label={t('engagement.trendAlt', {
            from: engagement ? fmt.date(engagement.period.from) : '',
            to: engagement ? fmt.date(engagement.period.to) : '',
            rate: figure.ratio(engagement?.total.readRate, engagement?.total.readRateUnavailableReason),
          })}
        >
          <ResponsiveContainer width="100%" height={260}>
            <LineChart
              data={rows}
              margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
              onClick={(state) => {
                const index = Number(state.activeTooltipIndex);
                if (Number.isInteger(index) && rows[index]) drill(rows[index].date);
              }}
              style={{ cursor: 'pointer' }}
            >
              <CartesianGrid strokeDasharray="3 3" stroke="#d6dae0" />
              <XAxis dataKey="date" tickFormatter={(d: string) => fmt.date(d, 'short')} minTickGap={16} />
              <YAxis yAxisId="rate" domain={[0, 1]} tickFormatter={(v: number) => fmt.ratio(v)} width={56} />
              <YAxis
                yAxisId="time"
                orientation="right"
                tickFormatter={(v: number) => fmt.seconds(v)}
                width={72}
                allowDecimals={false}
              />
              <Tooltip
                labelFormatter={(d) => (typeof d === 'string' ? fmt.date(d) : '')}
                formatter={(value, name) => [
                  value === null || value === undefined
                    ? t(`unavailableShort.${name === 'readRate' ? 'NO_DATA' : timeReason(readReceipts)}`)
                    : name === 'readRate'
                      ? fmt.ratio(Number(value))
                      : fmt.seconds(Number(value)),
                  names[name as keyof typeof names],
                ]}
              />
              <Legend formatter={(name) => names[name as keyof typeof names]} />
              <Line
                yAxisId="rate"
                dataKey="readRate"
                stroke="#1a7f4b"
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
              <Line
                yAxisId="time"
                dataKey="medianSeconds"
                stroke="#b35c00"
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <p className="chart-note">{t('engagement.clickHint')}</p>
        <ChartData<Row>
          caption={title}
          exportName="engagement-by-day"
          rows={rows}
          rowKey={(r) => r.date}
          columns={[
            {
              key: 'date',
              header: t('column.date'),
              cell: (r) => (
                <button type="button" className="link-button" onClick={() => drill(r.date)}>
                  {fmt.date(r.date)}
                </button>
              ),
              csv: (r) => r.date,
            },
            {
              key: 'sent',
              header: t('column.sent'),
              cell: (r) => fmt.count(r.sent),
              csv: (r) => r.sent,
              numeric: true,
            },
            {
              key: 'delivered',
              header: t('column.delivered'),
              cell: (r) => fmt.count(r.delivered),
              csv: (r) => r.delivered,
              numeric: true,
            },
            {
              key: 'read',
              header: t('column.read'),
              cell: (r) => fmt.count(r.read),
              csv: (r) => r.read,
              numeric: true,
            },
            ...readColumns<Row>(t, figure, readReceipts),
          ]}
        />
      </DataState>
    </Card>
  );
}
