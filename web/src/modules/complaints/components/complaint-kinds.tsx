import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { UseQueryState } from 'urql';
import { ChartData } from '@web/components/charts/chart-data';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import { HowComputed } from '@web/components/ui/how-computed';
import type {
  ComplaintDrillDown,
  ComplaintKind,
  ComplaintTrendsQuery,
  ComplaintTrendsQueryVariables,
} from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';

type Result = UseQueryState<ComplaintTrendsQuery, ComplaintTrendsQueryVariables>;
type KindRow = ComplaintTrendsQuery['complaintTrends']['kinds'][number];
type ReasonRow = ComplaintTrendsQuery['complaintTrends']['topReasons'][number];

/**
 * Complaints by kind (blocks, spam reports, marketing stops, unsubscribe requests, negative feedback) and the top
 * reasons; a kind (bar or row) or a reason opens its complaints.
 */
export function ComplaintKinds({
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
  const kinds = trends?.kinds ?? [];
  const reasons = trends?.topReasons ?? [];
  const title = t('complaints.kindsTitle');
  const reasonsTitle = t('complaints.reasonsTitle');
  const kind = (k: ComplaintKind) => t(`complaints.kind.${k}`);
  const rate = (r: KindRow) => (r.rate === null || r.rate === undefined ? '—' : fmt.perThousand(r.rate));
  return (
    <Card title={title} actions={<HowComputed text={t('complaints.how.kinds')} />}>
      <DataState fetching={result.fetching} error={result.error} empty={!trends} onRetry={onRetry} minHeight={240}>
        <div
          className="chart"
          role="img"
          aria-label={`${title}: ${kinds.map((k) => `${kind(k.kind)} ${fmt.count(k.complaints)}`).join('; ')}`}
        >
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={kinds} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#d6dae0" />
              <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => fmt.count(v)} />
              <YAxis type="category" dataKey="kind" width={150} tickFormatter={(k: ComplaintKind) => kind(k)} />
              <Tooltip
                labelFormatter={(k) => kind(k as ComplaintKind)}
                formatter={(value) => [fmt.count(Number(value)), t('complaints.complaints')]}
              />
              <Bar
                dataKey="complaints"
                fill="#b35c00"
                cursor="pointer"
                isAnimationActive={false}
                onClick={(_, index) => kinds[index] && onDrill({ kind: kinds[index].kind })}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ChartData<KindRow>
          caption={title}
          exportName="complaints-by-kind"
          rows={kinds}
          rowKey={(r) => r.kind}
          columns={[
            {
              key: 'kind',
              header: t('complaints.column.kind'),
              cell: (r) =>
                r.complaints > 0 ? (
                  <button type="button" className="link-button" onClick={() => onDrill({ kind: r.kind })}>
                    {kind(r.kind)}
                  </button>
                ) : (
                  kind(r.kind)
                ),
              csv: (r) => r.kind,
            },
            {
              key: 'complaints',
              header: t('complaints.complaints'),
              cell: (r) => fmt.count(r.complaints),
              csv: (r) => r.complaints,
              numeric: true,
            },
            { key: 'rate', header: t('kpi.complaintRate'), cell: rate, csv: (r) => r.rate, numeric: true },
          ]}
        />
        <p className="chart-note">{t('complaints.kindHint')}</p>
        <h3>{reasonsTitle}</h3>
        {reasons.length === 0 ? (
          <p className="muted">{t('complaints.noReasons')}</p>
        ) : (
          <DataTable<ReasonRow>
            caption={reasonsTitle}
            captionHidden
            exportName="complaint-reasons"
            rows={reasons}
            rowKey={(r) => r.reason}
            columns={[
              {
                key: 'reason',
                header: t('complaints.column.reason'),
                cell: (r) => (
                  <button type="button" className="link-button" onClick={() => onDrill({ reason: r.reason })}>
                    {r.reason}
                  </button>
                ),
                csv: (r) => r.reason,
              },
              {
                key: 'complaints',
                header: t('complaints.complaints'),
                cell: (r) => fmt.count(r.complaints),
                csv: (r) => r.complaints,
                numeric: true,
              },
            ]}
          />
        )}
      </DataState>
    </Card>
  );
}
