import { registerEnumType } from '@nestjs/graphql';

export enum AttributionModel {
  LAST_TOUCH = 'LAST_TOUCH',
  FIRST_TOUCH = 'FIRST_TOUCH',
}
registerEnumType(AttributionModel, {
  name: 'AttributionModel',
  description: 'Which touch in the window before a conversion gets the credit (docs/attribution.md §3)',
});

export enum CampaignDimension {
  CAMPAIGN = 'CAMPAIGN',
  SOURCE = 'SOURCE',
  CHANNEL = 'CHANNEL',
}
registerEnumType(CampaignDimension, { name: 'CampaignDimension' });

export enum TouchpointKind {
  AD = 'AD',
  POST = 'POST',
  DEEPLINK = 'DEEPLINK',
  SHORTLINK = 'SHORTLINK',
  QR = 'QR',
  WIDGET = 'WIDGET',
  PREFILL_CODE = 'PREFILL_CODE',
  ORGANIC = 'ORGANIC',
  CAMPAIGN_REPLY = 'CAMPAIGN_REPLY',
}
registerEnumType(TouchpointKind, {
  name: 'TouchpointKind',
  description:
    'Where a conversation came from (docs/attribution.md); CAMPAIGN_REPLY = a reply to an outbound campaign message',
});
