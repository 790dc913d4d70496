import { MessagesPanel } from '@web/components/messages-panel/messages-panel';
import type { AnalyticsFilter } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import type { AttributionModel } from '../campaign-types';
import { drillIdentity, type CampaignDrill } from '../campaigns-params';
import { describeCampaignDrill } from '../drill-label';
import { ConversationsPanel } from './conversations-panel';
import { ConversionsPanel } from './conversions-panel';

/** The list a drill-down opens: conversations, conversions, or a campaign's messages (the shared message list). */
export function DrillRows({
  drill,
  filter,
  model,
  currency,
  campaignName,
  onClose,
}: {
  drill: CampaignDrill;
  filter: AnalyticsFilter;
  model: AttributionModel;
  currency: string;
  campaignName: (key: string) => string | undefined;
  onClose: () => void;
}) {
  const { t, fmt } = useI18n();
  const key = drillIdentity(drill);
  const drillDown = {
    ...(drill.dimension && { dimension: drill.dimension, key: drill.key ?? '' }),
    ...(drill.date && { date: drill.date }),
  };
  const title = describeCampaignDrill(drill, t, fmt, campaignName);
  if (drill.rows === 'messages')
    return (
      <MessagesPanel
        key={key}
        filter={filter}
        drill={{ dimension: 'CAMPAIGN', key: drill.key ?? '', ...(drill.status && { status: drill.status }) }}
        exportName="campaign-messages"
        onClose={onClose}
      />
    );
  if (drill.rows === 'conversions')
    return (
      <ConversionsPanel
        key={key}
        filter={filter}
        model={model}
        drillDown={drillDown}
        title={title}
        currency={currency}
        onClose={onClose}
      />
    );
  return <ConversationsPanel key={key} filter={filter} drillDown={drillDown} title={title} onClose={onClose} />;
}
