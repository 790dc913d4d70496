import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { UseQueryState } from 'urql';
import { ChartData } from '@web/components/charts/chart-data';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import type { ComplaintTrendsQuery, ComplaintTrendsQueryVariables } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';

type Result = UseQueryState<ComplaintTrendsQuery, ComplaintTrendsQueryVariables>;
type Row = ComplaintTrendsQuery['complaintTrends']['weeks'][number];

/** Complaints per 1,000 delivered by ISO week (Monday first); weeks cut by the period say so. */
export function ComplaintWeeks({ result, onRetry }: { result: Result; onRetry: () => void }) {
  const { t, fmt } = useI18n();
  const rows = result.data?.complaintTrends.weeks ?? [];
  const title = t('complaints.weeksTitle');
  const week = (r: Row) => r.isoWeek ?? fmt.date(r.weekStart);
  const rate = (r: Row) => (r.rate === null || r.rate === undefined ? '—' : fmt.perThousand(r.rate));
  return (
    <Card title={title} actions={<HowComputed text={t('complaints.how.weeks')} />}>
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={rows.length === 0}
        onRetry={onRetry}
        minHeight={240}
      >
        <div
          className="chart"
          role="img"
          aria-label={`${title}: ${rows.map((r) => `${week(r)} ${rate(r)}`).join('; ')}`}
        >
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#d6dae0" />
              <XAxis dataKey="weekStart" tickFormatter={(_, index) => (rows[index] ? week(rows[index]) : '')} />
              <YAxis tickFormatter={(v: number) => fmt.perThousand(v)} width={72} />
              <Tooltip
                labelFormatter={(_, payload) => {
                  const row = payload?.[0]?.payload as Row | undefined;
                  return row ? t('complaints.weekOf', { week: week(row), date: fmt.date(row.weekStart) }) : '';
                }}
                formatter={(value) => [fmt.perThousand(Number(value)), t('kpi.complaintRate')]}
              />
              <Bar dataKey="rate" fill="#1f5fbf" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ChartData<Row>
          caption={title}
          exportName="complaints-by-week"
          rows={rows}
          rowKey={(r) => r.weekStart}
          columns={[
            {
              key: 'week',
              header: t('complaints.column.week'),
              cell: (r) => (r.days < 7 ? t('complaints.partialWeek', { week: week(r), count: r.days }) : week(r)),
              csv: (r) => r.isoWeek,
            },
            {
              key: 'weekStart',
              header: t('complaints.column.weekStart'),
              cell: (r) => fmt.date(r.weekStart),
              csv: (r) => r.weekStart,
            },
            {
              key: 'days',
              header: t('complaints.column.days'),
              cell: (r) => fmt.count(r.days),
              csv: (r) => r.days,
              numeric: true,
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
            { key: 'rate', header: t('kpi.complaintRate'), cell: rate, csv: (r) => r.rate, numeric: true },
          ]}
        />
      </DataState>
    </Card>
  );
}
