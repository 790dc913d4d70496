import type { CombinedError } from 'urql';
import { ChartData } from '@web/components/charts/chart-data';
import { FunnelChart, type FunnelSeries, type FunnelStep } from '@web/components/charts/funnel-chart';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import type { MessageKey } from '@web/i18n/catalog';
import { useI18n } from '@web/i18n/i18n-context';
import type { CampaignFunnel as Funnel, CampaignFunnelRow } from '../../campaign-types';
import { MESSAGE_STATUSES, type CampaignDrill } from '../../campaigns-params';

type StepKey = 'sent' | 'delivered' | 'read' | 'replied' | 'converted';
const STEPS: ReadonlyArray<{ key: StepKey; label: MessageKey }> = [
  { key: 'sent', label: 'campaigns.funnel.sent' },
  { key: 'delivered', label: 'campaigns.funnel.delivered' },
  { key: 'read', label: 'campaigns.funnel.read' },
  { key: 'replied', label: 'campaigns.funnel.replied' },
  { key: 'converted', label: 'campaigns.funnel.converted' },
];
/** Funnels drawn side by side; the table lists every campaign. */
const CHART_SERIES = 5;
const COLORS = ['#1f5fbf', '#1a7f4b', '#b35c00', '#6a3fb5', '#b0306f'];

const stepCount = (row: CampaignFunnelRow, step: StepKey): number | null => row[step] ?? null;

/**
 * Sent → delivered → read → replied → converted per outbound campaign. Delivered and read are "not measurable"
 * where the campaign's channel reports no receipts; the sent, delivered and read steps list their messages,
 * converted lists the conversions credited to the campaign.
 */
export function CampaignFunnel({
  funnel,
  fetching,
  error,
  onRetry,
  onDrill,
}: {
  funnel: Funnel | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
  onDrill: (drill: CampaignDrill) => void;
}) {
  const { t, fmt } = useI18n();
  // Messages without a campaign (key '') are not a campaign's funnel.
  const rows = (funnel?.rows ?? []).filter((r) => r.key !== '' && r.sent > 0);
  const name = (r: CampaignFunnelRow) => r.campaign?.name ?? r.label;
  const steps: FunnelStep[] = STEPS.map((s) => ({ key: s.key, label: t(s.label) }));
  const series: FunnelSeries[] = rows.slice(0, CHART_SERIES).map((r, i) => ({
    key: r.key,
    label: name(r),
    color: COLORS[i % COLORS.length],
    counts: STEPS.map((s) => stepCount(r, s.key)),
  }));
  const drill = (key: string, step: string) => {
    if (step === 'converted') onDrill({ rows: 'conversions', dimension: 'CAMPAIGN', key });
    const status = MESSAGE_STATUSES.find((s) => s === step);
    if (status) onDrill({ rows: 'messages', dimension: 'CAMPAIGN', key, status });
  };
  const selectable = (_: string, step: string) => step !== 'replied';
  const title = t('campaigns.funnelTitle');
  const alt = t('campaigns.funnelAlt', {
    list: rows
      .slice(0, CHART_SERIES)
      .map((r) =>
        t('campaigns.funnelAltRow', {
          name: name(r),
          sent: fmt.count(r.sent),
          read: r.read === null || r.read === undefined ? t('unavailableShort.NOT_MEASURABLE') : fmt.count(r.read),
          replied: fmt.count(r.replied),
          converted: fmt.count(r.converted),
        }),
      )
      .join('; '),
  });
  // The API names why a figure is missing; a step without receipts is "not measurable", never 0.
  const missing = (r: CampaignFunnelRow, field: string) =>
    t(`unavailableShort.${r.unavailable.find((u) => u.field === field)?.reason ?? 'NOT_MEASURABLE'}`);
  const cell = (r: CampaignFunnelRow, step: StepKey) => {
    const count = stepCount(r, step);
    if (count === null) return missing(r, step);
    if (count === 0 || !selectable(r.key, step)) return fmt.count(count);
    return (
      <button
        type="button"
        className="link-button"
        onClick={() => drill(r.key, step)}
        aria-label={t('campaigns.drill.funnelStep', {
          name: name(r),
          step: t(STEPS.find((s) => s.key === step)!.label),
          value: fmt.count(count),
        })}
      >
        {fmt.count(count)}
      </button>
    );
  };
  const rate = (r: CampaignFunnelRow, field: 'deliveryRate' | 'readRate' | 'replyRate' | 'conversionRate') => {
    const value = r[field];
    return value === null || value === undefined ? missing(r, field) : fmt.ratio(value);
  };
  return (
    <Card
      title={title}
      className="card-wide"
      actions={<HowComputed text={t('campaigns.how.funnel', { days: funnel?.windowDays ?? 7 })} />}
    >
      <DataState
        fetching={fetching}
        error={error}
        empty={rows.length === 0}
        emptyText={funnel ? t('campaigns.noOutbound') : undefined}
        onRetry={onRetry}
        minHeight={280}
      >
        <FunnelChart steps={steps} series={series} label={alt} onSelect={drill} selectable={selectable} />
        <p className="chart-note">{t('campaigns.funnelClickHint')}</p>
        <ChartData<CampaignFunnelRow>
          caption={title}
          exportName="campaigns-funnel"
          rows={rows}
          rowKey={(r) => r.key}
          columns={[
            { key: 'campaign', header: t('campaigns.dimension.CAMPAIGN'), cell: name, csv: name },
            ...STEPS.map((s) => ({
              key: s.key,
              header: t(s.label),
              cell: (r: CampaignFunnelRow) => cell(r, s.key),
              csv: (r: CampaignFunnelRow) => stepCount(r, s.key),
              numeric: true,
            })),
            {
              key: 'deliveryRate',
              header: t('column.deliveryRate'),
              cell: (r) => rate(r, 'deliveryRate'),
              csv: (r) => r.deliveryRate,
              numeric: true,
            },
            {
              key: 'readRate',
              header: t('column.readRate'),
              cell: (r) => rate(r, 'readRate'),
              csv: (r) => r.readRate,
              numeric: true,
            },
            {
              key: 'replyRate',
              header: t('campaigns.replyRate'),
              cell: (r) => rate(r, 'replyRate'),
              csv: (r) => r.replyRate,
              numeric: true,
            },
            {
              key: 'conversionRate',
              header: t('campaigns.conversionRate'),
              cell: (r) => rate(r, 'conversionRate'),
              csv: (r) => r.conversionRate,
              numeric: true,
            },
          ]}
        />
      </DataState>
    </Card>
  );
}
