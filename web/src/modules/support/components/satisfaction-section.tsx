import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CombinedError } from 'urql';
import { ChartData } from '@web/components/charts/chart-data';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable, type Column } from '@web/components/ui/data-table';
import { HowComputed } from '@web/components/ui/how-computed';
import { useTableSort, type Sorter } from '@web/components/ui/use-table-sort';
import type { SatisfactionFigureFieldsFragment, SatisfactionGroupFieldsFragment } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import type { TrendPeriod } from '../support-params';

type Row = SatisfactionGroupFieldsFragment;

const SORTERS: Record<string, Sorter<Row>> = {
  agent: { value: (r) => r.label, first: 'ascending' },
  nps: { value: (r) => r.nps.score, first: 'ascending' },
  npsAnswers: { value: (r) => r.nps.answers, first: 'descending' },
  csat: { value: (r) => r.csat.score, first: 'ascending' },
  csatAnswers: { value: (r) => r.csat.answers, first: 'descending' },
};

/** The NPS and CSAT columns of one figure: score, answers, the three groups and the response rate. */
function figureColumns(
  survey: 'nps' | 'csat',
  t: ReturnType<typeof useI18n>['t'],
  fmt: ReturnType<typeof useI18n>['fmt'],
): Column<Row>[] {
  const score = (f: SatisfactionFigureFieldsFragment) =>
    f.score === null || f.score === undefined
      ? t('unavailableShort.NO_DATA')
      : survey === 'nps'
        ? fmt.score(f.score)
        : fmt.ratio(f.score);
  const prefix = t(`support.kpi.${survey}`);
  return [
    {
      key: survey,
      sortable: true,
      header: prefix,
      cell: (r) => score(r[survey]),
      csv: (r) => r[survey].score,
      numeric: true,
    },
    {
      key: `${survey}Answers`,
      sortable: true,
      header: t('support.column.answers', { survey: prefix }),
      cell: (r) => fmt.count(r[survey].answers),
      csv: (r) => r[survey].answers,
      numeric: true,
    },
    {
      key: `${survey}Split`,
      header: t(`support.column.split.${survey}`),
      cell: (r) =>
        `${fmt.count(r[survey].promoters)} / ${fmt.count(r[survey].passives)} / ${fmt.count(r[survey].detractors)}`,
      csv: (r) => `${r[survey].promoters}/${r[survey].passives}/${r[survey].detractors}`,
    },
    {
      key: `${survey}ResponseRate`,
      header: t('support.column.responseRate', { survey: prefix }),
      cell: (r) =>
        r[survey].responseRate === null || r[survey].responseRate === undefined
          ? t('unavailableShort.NO_DATA')
          : fmt.ratio(r[survey].responseRate),
      csv: (r) => r[survey].responseRate,
      numeric: true,
    },
  ];
}

/** NPS and CSAT per agent (sortable, lowest first on the first press) and their trend per day or week. */
export function SatisfactionSection({
  agents,
  periods,
  period,
  fetching,
  error,
  onRetry,
}: {
  agents: readonly Row[];
  periods: readonly Row[];
  period: TrendPeriod;
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
}) {
  const { t, fmt } = useI18n();
  const sorted = useTableSort(agents, SORTERS);
  const title = t('support.satisfactionTitle');
  const trendTitle = t('support.satisfactionTrendTitle');
  const names = { nps: t('support.kpi.nps'), csat: t('support.kpi.csat') };
  const points = periods.map((p) => ({
    date: p.key,
    nps: p.nps.score ?? null,
    // CSAT on the NPS axis as a percentage (0–100), so both lines share one scale.
    csat: p.csat.score === null || p.csat.score === undefined ? null : p.csat.score * 100,
    row: p,
  }));
  const dateLabel = (date: string) =>
    period === 'WEEK' ? t('support.weekOf', { date: fmt.date(date) }) : fmt.date(date);
  const answered = agents.some((a) => a.nps.answers + a.csat.answers > 0);
  return (
    <>
      <Card title={title} className="card-wide" actions={<HowComputed text={t('support.how.satisfaction')} />}>
        <DataState
          fetching={fetching}
          error={error}
          empty={!answered}
          emptyText={t('support.noAnswers')}
          onRetry={onRetry}
        >
          <DataTable<Row>
            caption={title}
            captionHidden
            exportName="satisfaction-by-agent"
            rows={sorted.rows}
            rowKey={(r) => r.key}
            sort={sorted.sort}
            onSort={sorted.onSort}
            columns={[
              {
                key: 'agent',
                sortable: true,
                header: t('support.column.agent'),
                cell: (r) => r.label || t('support.none'),
                csv: (r) => r.label,
              },
              ...figureColumns('nps', t, fmt),
              ...figureColumns('csat', t, fmt),
            ]}
          />
        </DataState>
      </Card>
      <Card title={trendTitle} actions={<HowComputed text={t('support.how.satisfactionTrend')} />}>
        <DataState
          fetching={fetching}
          error={error}
          empty={!points.some((p) => p.nps !== null || p.csat !== null)}
          emptyText={t('support.noAnswers')}
          onRetry={onRetry}
          minHeight={260}
        >
          <div className="chart" role="img" aria-label={trendTitle}>
            <ResponsiveContainer width="100%" height={260}>
              <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#d6dae0" />
                <XAxis dataKey="date" tickFormatter={(d: string) => fmt.date(d, 'short')} minTickGap={16} />
                <YAxis domain={[-100, 100]} width={48} />
                <Tooltip
                  labelFormatter={(d) => (typeof d === 'string' ? dateLabel(d) : '')}
                  formatter={(value, name) => [
                    value === null || value === undefined
                      ? t('unavailableShort.NO_DATA')
                      : name === 'csat'
                        ? fmt.ratio(Number(value) / 100)
                        : fmt.score(Number(value)),
                    names[name as keyof typeof names],
                  ]}
                />
                <Legend formatter={(name) => names[name as keyof typeof names]} />
                <Line dataKey="nps" stroke="#6a3fb5" connectNulls={false} isAnimationActive={false} />
                <Line dataKey="csat" stroke="#1a7f4b" connectNulls={false} isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          </div>
          <ChartData<Row>
            caption={trendTitle}
            exportName={`satisfaction-by-${period === 'WEEK' ? 'week' : 'day'}`}
            rows={periods}
            rowKey={(r) => r.key}
            columns={[
              {
                key: 'date',
                header: t(period === 'WEEK' ? 'support.column.week' : 'column.date'),
                cell: (r) => dateLabel(r.key),
                csv: (r) => r.key,
              },
              ...figureColumns('nps', t, fmt).map((c) => ({ ...c, sortable: false })),
              ...figureColumns('csat', t, fmt).map((c) => ({ ...c, sortable: false })),
            ]}
          />
        </DataState>
      </Card>
    </>
  );
}
