import { useQueryFor } from '@web/lib/use-query-for';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable } from '@web/components/ui/data-table';
import { HowComputed } from '@web/components/ui/how-computed';
import { OptionSelect } from '@web/components/ui/option-select';
import { useTableSort, type Sorter } from '@web/components/ui/use-table-sort';
import type {
  AnalyticsFilter,
  ComplaintBreakdownQuery as ComplaintBreakdownData,
  ComplaintDimension,
  EngagementDrillDown,
} from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { breakdownDrill } from '../complaint-breakdown-drill';
import { BREAKDOWNS } from '../complaints-params';
import { ComplaintBreakdownQuery } from '../graphql/complaints.query';

type Row = ComplaintBreakdownData['complaintBreakdown'][number];

const SORTERS: Record<string, Sorter<Row>> = {
  key: { value: (r) => r.key, first: 'ascending' },
  complaints: { value: (r) => r.complaints, first: 'descending' },
  delivered: { value: (r) => r.delivered, first: 'descending' },
  rate: { value: (r) => r.rate, first: 'descending' },
};

/**
 * Complaints per 1,000 delivered by template, campaign, number or category; a row with complaints opens its messages
 * that drew one.
 */
export function ComplaintBreakdown({
  filter,
  by,
  onBy,
  onDrill,
}: {
  filter: AnalyticsFilter;
  by: ComplaintDimension;
  onBy: (by: ComplaintDimension) => void;
  onDrill: (drill: EngagementDrillDown) => void;
}) {
  const { t, fmt } = useI18n();
  const [result, reexecute] = useQueryFor({ query: ComplaintBreakdownQuery, variables: { filter, by } }, ['by']);
  const { rows, sort, onSort } = useTableSort(result.data?.complaintBreakdown ?? [], SORTERS);
  const title = t('complaints.breakdownTitle');
  const dimension = BREAKDOWNS.find((b) => b.value === by)!;
  const label = (r: Row) => (r.key === '' ? t('engagement.none') : r.key);
  return (
    <Card
      title={title}
      className="card-wide"
      actions={
        <div className="card-actions">
          <OptionSelect label={t('complaints.breakdownBy')} value={by} options={BREAKDOWNS} onChange={onBy} />
          <HowComputed text={t('complaints.how.breakdown')} />
        </div>
      }
    >
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={rows.length === 0}
        emptyText={result.data ? t('complaints.noDelivered') : undefined}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <DataTable<Row>
          caption={title}
          captionHidden
          exportName={`complaints-by-${dimension.param}`}
          rows={rows}
          rowKey={(r) => r.key}
          sort={sort}
          onSort={onSort}
          columns={[
            {
              key: 'key',
              header: t(dimension.label),
              sortable: true,
              cell: (r) =>
                r.complaints > 0 ? (
                  <button type="button" className="link-button" onClick={() => onDrill(breakdownDrill(by, r.key))}>
                    {label(r)}
                  </button>
                ) : (
                  label(r)
                ),
              csv: (r) => r.key,
            },
            {
              key: 'complaints',
              header: t('complaints.complaints'),
              sortable: true,
              cell: (r) => fmt.count(r.complaints),
              csv: (r) => r.complaints,
              numeric: true,
            },
            {
              key: 'delivered',
              header: t('complaints.delivered'),
              sortable: true,
              cell: (r) => fmt.count(r.delivered),
              csv: (r) => r.delivered,
              numeric: true,
            },
            {
              key: 'rate',
              header: t('kpi.complaintRate'),
              sortable: true,
              cell: (r) => (r.rate === null || r.rate === undefined ? '—' : fmt.perThousand(r.rate)),
              csv: (r) => r.rate,
              numeric: true,
            },
          ]}
        />
      </DataState>
    </Card>
  );
}
