import type { Translate } from '@web/i18n/translate';
import { channelFromParam } from '@web/lib/channels';
import type { Formatters } from '@web/lib/format';
import type { TouchpointKind } from './campaign-types';
import type { CampaignDrill } from './campaigns-params';

const TOUCHPOINT_KINDS: readonly TouchpointKind[] = [
  'AD',
  'CAMPAIGN_REPLY',
  'POST',
  'DEEPLINK',
  'SHORTLINK',
  'QR',
  'WIDGET',
  'PREFILL_CODE',
  'ORGANIC',
];

/**
 * The caption of a drill-down's list, e.g. "Spring sale, 3 Mar 2026" or "sent messages of Spring sale". Names come
 * from the loaded rows where they are known (`campaignName`), else from the key itself, so a list reopened from the
 * URL before the figures load still says what it lists.
 */
export function describeCampaignDrill(
  drill: CampaignDrill,
  t: Translate,
  fmt: Formatters,
  campaignName: (key: string) => string | undefined,
): string {
  const key = drill.key ?? '';
  let group: string | null = null;
  if (drill.dimension === 'CHANNEL') {
    const channel = channelFromParam(key);
    group = channel ? t(`channel.${channel}`) : key;
  } else if (drill.dimension === 'SOURCE') {
    const kind = TOUCHPOINT_KINDS.find((k) => k === key.toUpperCase());
    group = kind ? t(`campaigns.touchpoint.${kind}`) : key;
  } else if (drill.dimension === 'CAMPAIGN') {
    group = campaignName(key) ?? (key === 'organic' ? t('campaigns.organic') : key);
  }
  const date = drill.date ? t('campaigns.drill.onDate', { date: fmt.date(drill.date) }) : null;
  const label = [group, date].filter(Boolean).join(', ');
  if (drill.rows === 'messages') return t(`campaigns.drill.messagesTitle.${drill.status ?? 'sent'}`, { label });
  return t(drill.rows === 'conversions' ? 'campaigns.drill.conversionsTitle' : 'campaigns.drill.conversationsTitle', {
    label,
  });
}
