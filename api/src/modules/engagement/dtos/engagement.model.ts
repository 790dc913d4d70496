import type { Channel } from '@checkmark/schemas';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { DateScalar } from '../../../graphql/scalars/date.scalar';
import { UnavailableReason } from '../../overview/dtos/metric.model';
import { PeriodModel } from '../../overview/dtos/overview.model';
import { ReadTimeBucket } from './engagement.enums';

@ObjectType('ReadTimeStats', { description: 'Delivery, reading and time to read of a set of business messages' })
export class ReadTimeStatsModel {
  @Field(() => Int, { description: 'Business messages first seen in the period (failed included)' })
  sent!: number;

  @Field(() => Int, { description: 'Read implies delivered' })
  delivered!: number;

  @Field(() => Int)
  read!: number;

  @Field(() => Float, { nullable: true, description: 'delivered / sent on channels with delivery receipts' })
  deliveryRate!: number | null;

  @Field(() => UnavailableReason, { nullable: true })
  deliveryRateUnavailableReason!: UnavailableReason | null;

  @Field(() => Float, { nullable: true, description: 'read / delivered, channels with read receipts only' })
  readRate!: number | null;

  @Field(() => UnavailableReason, { nullable: true })
  readRateUnavailableReason!: UnavailableReason | null;

  @Field(() => Int, { description: 'Reads with a sent time: the n behind the time figures' })
  timedReads!: number;

  @Field(() => Float, { nullable: true, description: 'Time to read = read − sent, exact median' })
  medianSeconds!: number | null;

  @Field(() => Float, { nullable: true })
  p90Seconds!: number | null;

  @Field(() => Float, { nullable: true })
  p99Seconds!: number | null;

  @Field(() => Float, { nullable: true })
  meanSeconds!: number | null;

  @Field(() => Boolean, { description: 'false when every selected channel lacks read receipts' })
  readReceipts!: boolean;
}

@ObjectType('ReadTimeBucketCount')
export class ReadTimeBucketCountModel {
  @Field(() => ReadTimeBucket)
  bucket!: ReadTimeBucket;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Share of timedReads' })
  share!: number | null;
}

@ObjectType('EngagementGroup')
export class EngagementGroupModel {
  @Field(() => String, {
    description: 'Channel value / account external id / "name|language" / category / campaign key (\'\' = none)',
  })
  key!: string;

  @Field(() => String, { description: 'Account display name, campaign name, template "name (language)", else key' })
  label!: string;

  @Field(() => ChannelEnum, { nullable: true, description: 'Set for CHANNEL and ACCOUNT groups' })
  channel!: Channel | null;

  @Field(() => ReadTimeStatsModel)
  stats!: ReadTimeStatsModel;
}

@ObjectType('HourOfWeekCell', { description: "Tenant's time zone; 1 = Monday; by send time" })
export class HourOfWeekCellModel {
  @Field(() => Int)
  dayOfWeek!: number;

  @Field(() => Int)
  hour!: number;

  @Field(() => Int)
  sent!: number;

  @Field(() => Int)
  read!: number;

  @Field(() => Float, { nullable: true })
  readRate!: number | null;

  @Field(() => Float, { nullable: true })
  medianSeconds!: number | null;
}

@ObjectType('EngagementDay')
export class EngagementDayModel {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => Int)
  sent!: number;

  @Field(() => Int)
  delivered!: number;

  @Field(() => Int)
  read!: number;

  @Field(() => Float, { nullable: true })
  deliveryRate!: number | null;

  @Field(() => Float, { nullable: true })
  readRate!: number | null;

  @Field(() => Float, { nullable: true })
  medianSeconds!: number | null;
}

@ObjectType('Engagement', { description: 'Read times and rates over the period; docs/metrics.md "Engagement"' })
export class EngagementModel {
  @Field(() => Date, {
    nullable: true,
    description:
      'When the figures were last rolled up (they include everything ingested before then); null until the first roll-up since the warehouse started',
  })
  asOf!: Date | null;

  @Field(() => String)
  timeZone!: string;

  @Field(() => PeriodModel)
  period!: PeriodModel;

  @Field(() => ReadTimeStatsModel)
  total!: ReadTimeStatsModel;

  @Field(() => [ReadTimeBucketCountModel], { description: 'All six buckets, in order, zeros included' })
  histogram!: ReadTimeBucketCountModel[];

  @Field(() => [EngagementGroupModel], { description: 'By the requested dimension, sent desc, at most 200' })
  groups!: EngagementGroupModel[];

  @Field(() => [HourOfWeekCellModel], { description: 'Only cells with sends' })
  heatmap!: HourOfWeekCellModel[];

  @Field(() => [EngagementDayModel], { description: 'One per day of the period, zeros included' })
  days!: EngagementDayModel[];
}
