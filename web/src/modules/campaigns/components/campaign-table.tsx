import { useMemo, useState } from 'react';
import type { CombinedError } from 'urql';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { DataTable, type Column } from '@web/components/ui/data-table';
import { HowComputed } from '@web/components/ui/how-computed';
import type { MessageKey } from '@web/i18n/catalog';
import { useI18n } from '@web/i18n/i18n-context';
import { cheapestKey, DEFAULT_SORT, nextSort, sortRows, type Sort, type SortKey } from '../campaign-sort';
import type { CampaignDimension, Performance, PerformanceRow } from '../campaign-types';
import { GROUPS, type CampaignDrill } from '../campaigns-params';
import { useCampaignFormat } from '../use-campaign-format';

type CountKey = 'conversations' | 'uniqueContacts' | 'newOptIns' | 'messagesSent' | 'replies' | 'conversions';
type MoneyKey = 'revenue' | 'spend' | 'costPerConversation' | 'costPerConversion';

/**
 * Every campaign (or source, or channel) side by side, cheapest conversions first by default with the cheapest
 * marked; the name and the counts open the conversations or conversions behind them.
 */
export function CampaignTable({
  performance,
  group,
  fetching,
  error,
  onRetry,
  onDrill,
}: {
  performance: Performance | undefined;
  group: CampaignDimension;
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
  onDrill: (drill: CampaignDrill) => void;
}) {
  const { t, fmt } = useI18n();
  const format = useCampaignFormat(performance?.currency ?? 'EUR');
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const rows = useMemo(() => sortRows(performance?.rows ?? [], sort), [performance, sort]);
  const cheapest = useMemo(() => cheapestKey(rows), [rows]);
  const title = t('campaigns.tableTitle');
  const groupParam = GROUPS.find((g) => g.value === group)!;
  const name = (r: PerformanceRow) => format.label(r, group);
  const open = (r: PerformanceRow, rows: CampaignDrill['rows']) => () =>
    onDrill({ rows, dimension: group, key: r.key });
  const drillButton = (r: PerformanceRow, rows: CampaignDrill['rows'], text: string, label: MessageKey) => (
    <button
      type="button"
      className="link-button"
      onClick={open(r, rows)}
      aria-label={t(label, { name: name(r), value: text })}
    >
      {text}
    </button>
  );

  const count = (
    key: CountKey,
    header: MessageKey,
    drill?: { rows: CampaignDrill['rows']; label: MessageKey },
  ): Column<PerformanceRow> => ({
    key,
    header: t(header),
    cell: (r) => {
      const text = fmt.count(r[key]);
      return drill && r[key] > 0 ? drillButton(r, drill.rows, text, drill.label) : text;
    },
    csv: (r) => r[key],
    numeric: true,
    sortable: true,
  });
  const money = (key: MoneyKey, header: MessageKey): Column<PerformanceRow> => ({
    key,
    header: t(header),
    cell: (r) => format.money(r[key]),
    csv: (r) => r[key],
    numeric: true,
    sortable: true,
  });

  return (
    <Card
      title={title}
      className="card-wide"
      actions={<HowComputed text={t('campaigns.how.table', { days: performance?.windowDays ?? 7 })} />}
    >
      <DataState
        fetching={fetching}
        error={error}
        empty={rows.length === 0}
        emptyText={performance ? t('campaigns.noneInPeriod') : undefined}
        onRetry={onRetry}
      >
        <DataTable<PerformanceRow>
          caption={title}
          captionHidden
          exportName={`campaigns-by-${groupParam.param}`}
          rows={rows}
          rowKey={(r) => r.key}
          sort={sort}
          onSort={(key) => setSort((current) => nextSort(current, key as SortKey))}
          rowClassName={(r) => (r.key === cheapest ? 'row-leader' : undefined)}
          columns={[
            {
              key: 'label',
              header: t(groupParam.label),
              sortable: true,
              cell: (r) => (
                <span className="cell-with-badge">
                  <button type="button" className="link-button" onClick={open(r, 'conversions')}>
                    {name(r)}
                  </button>
                  {r.key === cheapest && <span className="badge badge-leader">{t('campaigns.cheapest')}</span>}
                </span>
              ),
              // Campaigns by name (organic as the word); channels and source kinds as their canonical value.
              csv: (r) => (group === 'CAMPAIGN' ? name(r) : r.key),
            },
            count('conversations', 'campaigns.conversations', {
              rows: 'conversations',
              label: 'campaigns.drill.conversationsOf',
            }),
            count('uniqueContacts', 'campaigns.contacts', {
              rows: 'conversations',
              label: 'campaigns.drill.conversationsOf',
            }),
            count('newOptIns', 'campaigns.optIns'),
            count('messagesSent', 'campaigns.messagesSent'),
            count('replies', 'campaigns.replies'),
            count('conversions', 'campaigns.conversions', {
              rows: 'conversions',
              label: 'campaigns.drill.conversionsOf',
            }),
            money('revenue', 'campaigns.revenue'),
            money('spend', 'campaigns.spendShort'),
            money('costPerConversation', 'campaigns.costPerConversation'),
            money('costPerConversion', 'campaigns.costPerConversion'),
            {
              key: 'roas',
              header: t('campaigns.roas'),
              cell: (r) => format.roas(r.roas),
              csv: (r) => r.roas,
              numeric: true,
              sortable: true,
            },
          ]}
        />
      </DataState>
    </Card>
  );
}
