import { registerEnumType } from '@nestjs/graphql';

export enum FunnelDimension {
  CHANNEL = 'CHANNEL',
  CAMPAIGN = 'CAMPAIGN',
}
registerEnumType(FunnelDimension, {
  name: 'FunnelDimension',
  description: 'What a funnel row is: a channel or a campaign',
});
