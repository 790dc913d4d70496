import type { CombinedError } from 'urql';
import { ChartData } from '@web/components/charts/chart-data';
import { Card } from '@web/components/ui/card';
import { DataState } from '@web/components/ui/data-state';
import { HowComputed } from '@web/components/ui/how-computed';
import { useI18n } from '@web/i18n/i18n-context';
import type { Performance } from '../../campaign-types';
import type { CampaignDrill } from '../../campaigns-params';
import { useCampaignFormat } from '../../use-campaign-format';
import { SourceKindsChart, type SourceBar } from './chart';

/** Where conversations came from (ad, post, deep link, QR, widget, prefilled code, organic); a kind lists them. */
export function SourceKinds({
  bySource,
  fetching,
  error,
  onRetry,
  onDrill,
}: {
  bySource: Performance | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
  onDrill: (drill: CampaignDrill) => void;
}) {
  const { t, fmt } = useI18n();
  const format = useCampaignFormat(bySource?.currency ?? 'EUR');
  const bars: SourceBar[] = (bySource?.rows ?? [])
    .filter((r) => r.conversations > 0)
    .sort((a, b) => b.conversations - a.conversations)
    .map((r) => ({
      key: r.key,
      name: format.label(r, 'SOURCE'),
      conversations: r.conversations,
      uniqueContacts: r.uniqueContacts,
    }));
  const title = t('campaigns.sourcesTitle');
  const drill = (key: string) => onDrill({ rows: 'conversations', dimension: 'SOURCE', key });
  return (
    <Card title={title} actions={<HowComputed text={t('campaigns.how.sources')} />}>
      <DataState
        fetching={fetching}
        error={error}
        empty={bars.length === 0}
        emptyText={bySource ? t('campaigns.noConversations') : undefined}
        onRetry={onRetry}
        minHeight={260}
      >
        <SourceKindsChart
          bars={bars}
          onSelect={(bar) => drill(bar.key)}
          label={t('campaigns.sourcesAlt', {
            list: bars.map((b) => `${b.name} ${fmt.count(b.conversations)}`).join('; '),
          })}
        />
        <p className="chart-note">{t('campaigns.sourcesClickHint')}</p>
        <ChartData<SourceBar>
          caption={title}
          exportName="campaigns-by-source-kind"
          rows={bars}
          rowKey={(b) => b.key}
          columns={[
            {
              key: 'kind',
              header: t('campaigns.dimension.SOURCE'),
              cell: (b) => (
                <button type="button" className="link-button" onClick={() => drill(b.key)}>
                  {b.name}
                </button>
              ),
              csv: (b) => b.key,
            },
            {
              key: 'conversations',
              header: t('campaigns.conversations'),
              cell: (b) => fmt.count(b.conversations),
              csv: (b) => b.conversations,
              numeric: true,
            },
            {
              key: 'contacts',
              header: t('campaigns.contacts'),
              cell: (b) => fmt.count(b.uniqueContacts),
              csv: (b) => b.uniqueContacts,
              numeric: true,
            },
          ]}
        />
      </DataState>
    </Card>
  );
}
