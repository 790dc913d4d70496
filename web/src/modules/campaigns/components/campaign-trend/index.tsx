import type { CombinedError } from 'urql';
import { ChartData } from '@web/components/charts/chart-data';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import { useI18n } from '@web/i18n/i18n-context';
import type { CampaignDay, Performance } from '../../campaign-types';
import type { CampaignDrill } from '../../campaigns-params';
import { useCampaignFormat } from '../../use-campaign-format';
import { CampaignTrendChart } from './chart';

/** Conversions, revenue and spend per day; a day lists its conversions (or, from the data, its conversations). */
export function CampaignTrend({
  performance,
  fetching,
  error,
  onRetry,
  onDrill,
}: {
  performance: Performance | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
  onDrill: (drill: CampaignDrill) => void;
}) {
  const { t, fmt } = useI18n();
  const format = useCampaignFormat(performance?.currency ?? 'EUR');
  const days = performance?.days ?? [];
  const title = t('campaigns.trendTitle');
  const total = performance?.total;
  const empty = days.every((d) => d.conversations === 0 && d.conversions === 0 && d.spend === 0);
  const drill = (date: string, rows: CampaignDrill['rows'] = 'conversions') => onDrill({ rows, date });
  return (
    <Card title={title} actions={<HowComputed text={t('campaigns.how.trend')} />}>
      <DataState
        fetching={fetching}
        error={error}
        empty={empty}
        emptyText={performance ? t('campaigns.noActivity') : undefined}
        onRetry={onRetry}
        minHeight={260}
      >
        <CampaignTrendChart
          days={days}
          money={(v) => format.money(v)}
          onSelect={drill}
          label={t('campaigns.trendAlt', {
            from: performance ? fmt.date(performance.period.from) : '',
            to: performance ? fmt.date(performance.period.to) : '',
            conversions: fmt.count(total?.conversions ?? 0),
            revenue: format.money(total?.revenue),
            spend: format.money(total?.spend),
          })}
        />
        <p className="chart-note">{t('campaigns.trendClickHint')}</p>
        <ChartData<CampaignDay>
          caption={title}
          exportName="campaigns-by-day"
          rows={days}
          rowKey={(d) => d.date}
          columns={[
            { key: 'date', header: t('column.date'), cell: (d) => fmt.date(d.date), csv: (d) => d.date },
            {
              key: 'conversations',
              header: t('campaigns.conversations'),
              cell: (d) =>
                d.conversations > 0 ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => drill(d.date, 'conversations')}
                    aria-label={t('campaigns.drill.conversationsOn', {
                      date: fmt.date(d.date),
                      value: fmt.count(d.conversations),
                    })}
                  >
                    {fmt.count(d.conversations)}
                  </button>
                ) : (
                  fmt.count(0)
                ),
              csv: (d) => d.conversations,
              numeric: true,
            },
            {
              key: 'conversions',
              header: t('campaigns.conversions'),
              cell: (d) =>
                d.conversions > 0 ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => drill(d.date)}
                    aria-label={t('campaigns.drill.conversionsOn', {
                      date: fmt.date(d.date),
                      value: fmt.count(d.conversions),
                    })}
                  >
                    {fmt.count(d.conversions)}
                  </button>
                ) : (
                  fmt.count(0)
                ),
              csv: (d) => d.conversions,
              numeric: true,
            },
            {
              key: 'revenue',
              header: t('campaigns.revenue'),
              cell: (d) => format.money(d.revenue),
              csv: (d) => d.revenue,
              numeric: true,
            },
            {
              key: 'spend',
              header: t('campaigns.spendShort'),
              cell: (d) => format.money(d.spend),
              csv: (d) => d.spend,
              numeric: true,
            },
          ]}
        />
      </DataState>
    </Card>
  );
}
