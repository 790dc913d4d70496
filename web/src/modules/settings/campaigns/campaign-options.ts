import type { CampaignCodeKind, CampaignSourceKind } from '@web/generated/graphql';

export const SOURCE_KINDS: readonly CampaignSourceKind[] = [
  'CTWA_AD',
  'WA_QR',
  'WA_LINK',
  'TELEGRAM_DEEPLINK',
  'MESSENGER_REF',
  'MESSENGER_AD',
  'INSTAGRAM_AD',
  'VIBER_CONTEXT',
  'VK_REF',
  'WEB_WIDGET',
  'BROADCAST',
  'OTHER',
];

export const CODE_KINDS: readonly CampaignCodeKind[] = [
  'AD_ID',
  'DEEP_LINK_PAYLOAD',
  'REF',
  'CONTEXT',
  'QR_CODE',
  'UTM_SOURCE',
  'UTM_MEDIUM',
  'UTM_CAMPAIGN',
  'PREFILL_CODE',
];
