import { registerEnumType } from '@nestjs/graphql';

export enum EngagementDimension {
  CHANNEL = 'CHANNEL',
  ACCOUNT = 'ACCOUNT',
  TEMPLATE = 'TEMPLATE',
  CATEGORY = 'CATEGORY',
  CAMPAIGN = 'CAMPAIGN',
}
registerEnumType(EngagementDimension, { name: 'EngagementDimension' });

export enum ReadTimeBucket {
  UNDER_1_MIN = 'UNDER_1_MIN',
  MIN_1_TO_5 = 'MIN_1_TO_5',
  MIN_5_TO_30 = 'MIN_5_TO_30',
  MIN_30_TO_2_H = 'MIN_30_TO_2_H',
  H_2_TO_24 = 'H_2_TO_24',
  OVER_24_H = 'OVER_24_H',
}
registerEnumType(ReadTimeBucket, {
  name: 'ReadTimeBucket',
  description: 'Time to read (read − sent); an exact edge (60 s, 5 min, 30 min, 2 h, 24 h) falls in the upper bucket',
});
