import type { CombinedError } from 'urql';
import { ChartData } from '@web/components/charts/chart-data';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import { useI18n } from '@web/i18n/i18n-context';
import { cheapestKey, DEFAULT_SORT, sortRows } from '../../campaign-sort';
import type { CampaignDimension, Performance } from '../../campaign-types';
import { GROUPS, type CampaignDrill } from '../../campaigns-params';
import { useCampaignFormat } from '../../use-campaign-format';
import { CostPerConversionChart, type CostBar } from './chart';

/** Which campaign brings conversions cheapest: rows with spend and conversions, cheapest first. */
export function CostPerConversion({
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
  const rows = sortRows(performance?.rows ?? [], DEFAULT_SORT).filter(
    (r) => r.conversions > 0 && r.costPerConversion !== null && r.costPerConversion !== undefined,
  );
  const cheapest = cheapestKey(rows);
  const bars: CostBar[] = rows.map((r) => ({
    key: r.key,
    name: format.label(r, group),
    cost: r.costPerConversion as number,
    conversions: r.conversions,
    cheapest: r.key === cheapest,
  }));
  const title = t('campaigns.costChartTitle');
  const drill = (key: string) => onDrill({ rows: 'conversions', dimension: group, key });
  const alt = t('campaigns.costChartAlt', {
    list: bars.map((b) => `${b.name} ${format.money(b.cost)}`).join('; '),
  });
  return (
    <Card title={title} actions={<HowComputed text={t('campaigns.how.costChart')} />}>
      <DataState
        fetching={fetching}
        error={error}
        empty={bars.length === 0}
        emptyText={performance ? t('campaigns.noCost') : undefined}
        onRetry={onRetry}
        minHeight={200}
      >
        <CostPerConversionChart
          bars={bars}
          label={alt}
          money={(v) => format.money(v)}
          costName={t('campaigns.costPerConversion')}
          onSelect={(bar) => drill(bar.key)}
        />
        <p className="chart-note">{t('campaigns.costClickHint')}</p>
        <ChartData<CostBar>
          caption={title}
          exportName="campaigns-cost-per-conversion"
          rows={bars}
          rowKey={(b) => b.key}
          columns={[
            {
              key: 'name',
              header: t(GROUPS.find((g) => g.value === group)!.label),
              cell: (b) => (
                <button type="button" className="link-button" onClick={() => drill(b.key)}>
                  {b.name}
                </button>
              ),
              csv: (b) => b.name,
            },
            {
              key: 'conversions',
              header: t('campaigns.conversions'),
              cell: (b) => fmt.count(b.conversions),
              csv: (b) => b.conversions,
              numeric: true,
            },
            {
              key: 'cost',
              header: t('campaigns.costPerConversion'),
              cell: (b) => format.money(b.cost),
              csv: (b) => b.cost,
              numeric: true,
            },
          ]}
        />
      </DataState>
    </Card>
  );
}
