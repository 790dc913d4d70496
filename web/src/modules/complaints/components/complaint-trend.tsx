import { Fragment } from 'react';
import { Bar, CartesianGrid, Cell, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { UseQueryState } from 'urql';
import { ChartData } from '@web/components/charts/chart-data';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import type { ComplaintDrillDown, ComplaintTrendsQuery, ComplaintTrendsQueryVariables } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { dayDrill, judgementKey, spikeDays, type ComplaintDayRow } from '../complaint-days';

type Result = UseQueryState<ComplaintTrendsQuery, ComplaintTrendsQueryVariables>;

const SPIKE = '#c0392b';
const NORMAL = '#1f5fbf';

/**
 * Complaints per 1,000 delivered by day, spike days in red against the limit they had to stay under; a day (bar,
 * table row or spike day named in the note) opens the complaints recorded that day.
 */
export function ComplaintTrend({
  result,
  onRetry,
  onDrill,
}: {
  result: Result;
  onRetry: () => void;
  onDrill: (drill: ComplaintDrillDown) => void;
}) {
  const { t, fmt } = useI18n();
  const trends = result.data?.complaintTrends;
  const rows = trends?.days ?? [];
  const spikes = spikeDays(rows);
  const title = t('complaints.trendTitle');
  const drill = (row: ComplaintDayRow) => onDrill(dayDrill(row.date));
  const rate = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : fmt.perThousand(value);
  const names = { rate: t('kpi.complaintRate'), limit: t('complaints.column.limit') };
  const alt = t('complaints.trendAlt', {
    count: spikes.length,
    days: spikes.map((d) => fmt.date(d.date)).join(', ') || '—',
  });
  return (
    <Card
      title={title}
      className="card-wide"
      actions={
        <HowComputed
          text={
            trends?.threshold === null || trends?.threshold === undefined
              ? t('complaints.how.trend')
              : t('complaints.how.trendThreshold', { threshold: fmt.perThousand(trends.threshold) })
          }
        />
      }
    >
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={rows.length === 0}
        onRetry={onRetry}
        minHeight={280}
      >
        <p className="leader-note" data-testid="spike-note">
          {spikes.length === 0 ? (
            t('complaints.noSpikes')
          ) : (
            <>
              {t('complaints.spikesOn', { count: spikes.length })}{' '}
              {spikes.map((day, index) => (
                <Fragment key={day.date}>
                  {index > 0 && ', '}
                  <button type="button" className="link-button" onClick={() => drill(day)}>
                    {fmt.date(day.date)}
                  </button>
                </Fragment>
              ))}
            </>
          )}
        </p>
        <div className="chart" role="img" aria-label={alt} data-testid="complaint-trend">
          <ResponsiveContainer width="100%" height={280}>
            <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#d6dae0" />
              <XAxis dataKey="date" tickFormatter={(d: string) => fmt.date(d, 'short')} minTickGap={16} />
              <YAxis tickFormatter={(v: number) => fmt.perThousand(v)} width={72} />
              <Tooltip
                labelFormatter={(d) => (typeof d === 'string' ? fmt.date(d) : '')}
                formatter={(value, name) => [rate(value as number | null), names[name as keyof typeof names]]}
              />
              <Bar
                dataKey="rate"
                cursor="pointer"
                isAnimationActive={false}
                onClick={(_, index) => rows[index] && drill(rows[index])}
              >
                {rows.map((row) => (
                  <Cell key={row.date} fill={row.spike ? SPIKE : NORMAL} data-spike={row.spike ? 'true' : undefined} />
                ))}
              </Bar>
              <Line
                dataKey="limit"
                type="stepAfter"
                stroke="#b35c00"
                strokeDasharray="5 4"
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
        <p className="chart-note">{t('complaints.clickHint')}</p>
        <ChartData<ComplaintDayRow>
          caption={title}
          exportName="complaints-by-day"
          rows={rows}
          rowKey={(r) => r.date}
          rowClassName={(r) => (r.spike ? 'row-warning' : undefined)}
          columns={[
            {
              key: 'date',
              header: t('column.date'),
              cell: (r) => (
                <button type="button" className="link-button" onClick={() => drill(r)}>
                  {fmt.date(r.date)}
                </button>
              ),
              csv: (r) => r.date,
            },
            {
              key: 'complaints',
              header: t('complaints.complaints'),
              cell: (r) => fmt.count(r.complaints),
              csv: (r) => r.complaints,
              numeric: true,
            },
            {
              key: 'delivered',
              header: t('complaints.delivered'),
              cell: (r) => fmt.count(r.delivered),
              csv: (r) => r.delivered,
              numeric: true,
            },
            {
              key: 'rate',
              header: t('kpi.complaintRate'),
              cell: (r) => rate(r.rate),
              csv: (r) => r.rate,
              numeric: true,
            },
            {
              key: 'mean',
              header: t('complaints.column.mean'),
              cell: (r) => rate(r.mean),
              csv: (r) => r.mean,
              numeric: true,
            },
            {
              key: 'limit',
              header: t('complaints.column.limit'),
              cell: (r) => rate(r.limit),
              csv: (r) => r.limit,
              numeric: true,
            },
            {
              key: 'judgement',
              header: t('complaints.column.judgement'),
              cell: (r) => t(judgementKey(r)),
              csv: (r) => (r.spike ? 'spike' : r.judged ? 'normal' : (r.notJudgedReason?.toLowerCase() ?? '')),
            },
          ]}
        />
      </DataState>
    </Card>
  );
}
