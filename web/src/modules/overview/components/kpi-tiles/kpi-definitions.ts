import type { OverviewQuery } from '@web/generated/graphql';
import type { KpiTileDefinition } from '@web/components/ui/kpi-tile';

type MetricKey = Exclude<
  keyof OverviewQuery['overview'],
  '__typename' | 'timeZone' | 'period' | 'previousPeriod' | 'volumeByChannelAndDay' | 'channels'
>;

export interface KpiDefinition extends KpiTileDefinition {
  metric: MetricKey;
}

export const KPIS: readonly KpiDefinition[] = [
  { metric: 'messages', label: 'kpi.messages', better: 'up' },
  { metric: 'deliveryRate', label: 'kpi.deliveryRate', better: 'up' },
  { metric: 'readRate', label: 'kpi.readRate', better: 'up' },
  { metric: 'medianTimeToReadSeconds', label: 'kpi.medianTimeToRead', better: 'down' },
  { metric: 'activeConversations', label: 'kpi.activeConversations', better: 'up' },
  { metric: 'medianFirstResponseSeconds', label: 'kpi.medianFirstResponse', better: 'down' },
  { metric: 'nps', label: 'kpi.nps', better: 'up' },
  { metric: 'complaintRate', label: 'kpi.complaintRate', better: 'down' },
  { metric: 'openViolations', label: 'kpi.openViolations', better: 'down' },
];
