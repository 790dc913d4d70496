import { registerEnumType } from '@nestjs/graphql';

/** How a campaign reaches people; the lowercase values match the simulator's and the events' vocabulary. */
export const CAMPAIGN_SOURCE_KINDS = [
  'ctwa_ad',
  'wa_qr',
  'wa_link',
  'telegram_deeplink',
  'messenger_ref',
  'messenger_ad',
  'instagram_ad',
  'viber_context',
  'vk_ref',
  'web_widget',
  'broadcast',
  'other',
] as const;
export type CampaignSourceKind = (typeof CAMPAIGN_SOURCE_KINDS)[number];

/** GraphQL enum `CampaignSourceKind`: upper-case names on the wire, the lowercase values inside. */
export const CampaignSourceKindEnum = Object.fromEntries(
  CAMPAIGN_SOURCE_KINDS.map((kind) => [kind.toUpperCase(), kind]),
) as { [K in CampaignSourceKind as Uppercase<K>]: K };

registerEnumType(CampaignSourceKindEnum, { name: 'CampaignSourceKind' });
