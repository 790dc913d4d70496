import type { EngagementDrillDown } from '@web/generated/graphql';
import type { Translate } from '@web/i18n/translate';
import { channelFromParam } from '@web/lib/channels';
import type { Formatters } from '@web/lib/format';
import type { DrillStatus } from './drill';

/**
 * How a group key reads: a channel by name, a template as "name (language)", the empty key as "None"; a complaint
 * breakdown key (template name, campaign, number, category) as it is.
 */
function groupLabel(d: EngagementDrillDown, t: Translate): string | null {
  if (!d.dimension && !d.complaintDimension) return null;
  const key = d.key ?? '';
  if (key === '') return t('engagement.none');
  if (!d.dimension) return key;
  if (d.dimension === 'CHANNEL') {
    const channel = channelFromParam(key);
    return channel ? t(`channel.${channel}`) : key;
  }
  if (d.dimension === 'TEMPLATE') {
    const [name, language] = key.split('|');
    return language ? `${name} (${language})` : name;
  }
  return key;
}

function errorCodeLabel(code: string | null | undefined, t: Translate): string | null {
  if (code === null || code === undefined) return null;
  return code === '' ? t('engagement.drill.noCode') : t('engagement.drill.errorCode', { code });
}

/**
 * The caption of a drill-down's message list, built from the drill-down alone so a list reopened from the URL
 * reads the same as one opened by a click: "WhatsApp, read", "sent on 3 Mar 2026", "read in 1–5 min",
 * "promo (en), failed, WhatsApp, error 131049".
 */
export function describeDrill(d: EngagementDrillDown, t: Translate, fmt: Formatters): string {
  const group = groupLabel(d, t);
  const parts = [
    group,
    d.status ? t(`funnel.drill.status.${d.status as DrillStatus}`) : null,
    d.date ? t('engagement.drill.date', { date: fmt.date(d.date) }) : null,
    d.bucket ? t('engagement.drill.bucket', { bucket: t(`engagement.bucket.${d.bucket}`) }) : null,
    d.dayOfWeek && d.hour !== null && d.hour !== undefined
      ? t('engagement.drill.hour', { day: fmt.weekday(d.dayOfWeek), hour: fmt.hour(d.hour) })
      : null,
    d.channel ? t(`channel.${d.channel}`) : null,
    d.accountId ? t('engagement.drill.account', { account: d.accountId }) : null,
    errorCodeLabel(d.errorCode, t),
  ].filter((part): part is string => part !== null);
  if (parts.length === 1 && group !== null) return t('overview.drill.channel', { channel: group });
  return parts.join(', ');
}
