import { registerEnumType } from '@nestjs/graphql';

/** Where a campaign's code arrives: ad ids, deep-link payloads, refs, Viber context, QR codes, UTM, prefilled text. */
export const CAMPAIGN_CODE_KINDS = [
  'ad_id',
  'deep_link_payload',
  'ref',
  'context',
  'qr_code',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'prefill_code',
] as const;
export type CampaignCodeKind = (typeof CAMPAIGN_CODE_KINDS)[number];

/** GraphQL enum `CampaignCodeKind`: upper-case names on the wire, the lowercase values inside. */
export const CampaignCodeKindEnum = Object.fromEntries(
  CAMPAIGN_CODE_KINDS.map((kind) => [kind.toUpperCase(), kind]),
) as { [K in CampaignCodeKind as Uppercase<K>]: K };

registerEnumType(CampaignCodeKindEnum, { name: 'CampaignCodeKind' });
