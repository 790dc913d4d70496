import type { Channel } from '@checkmark/schemas';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { DateScalar } from '../../../graphql/scalars/date.scalar';
import { MetricModel } from './metric.model';

@ObjectType('Period')
export class PeriodModel {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;
}

@ObjectType('ChannelDayVolume')
export class ChannelDayVolumeModel {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => Int)
  sent!: number;

  @Field(() => Int)
  received!: number;
}

@ObjectType('ChannelSummary')
export class ChannelSummaryModel {
  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => Int)
  sent!: number;

  @Field(() => Int)
  delivered!: number;

  @Field(() => Int)
  read!: number;

  @Field(() => Int)
  received!: number;

  @Field(() => Float, { nullable: true, description: 'null when the channel reports no delivery or nothing was sent' })
  deliveryRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'null when the channel has no read receipts or nothing was delivered',
  })
  readRate!: number | null;

  @Field(() => Boolean)
  readReceipts!: boolean;

  @Field(() => Boolean, { description: 'false for channels that never report delivery (Telegram bots)' })
  deliveryReceipts!: boolean;
}

@ObjectType('Overview')
export class OverviewModel {
  @Field(() => String)
  timeZone!: string;

  @Field(() => PeriodModel)
  period!: PeriodModel;

  @Field(() => PeriodModel)
  previousPeriod!: PeriodModel;

  @Field(() => MetricModel, { description: 'Business-sent + customer-received messages' })
  messages!: MetricModel;

  @Field(() => MetricModel, { description: 'Delivered (read implies delivered) / sent business messages' })
  deliveryRate!: MetricModel;

  @Field(() => MetricModel, { description: 'Read / delivered, channels with read receipts only' })
  readRate!: MetricModel;

  @Field(() => MetricModel, { description: 'Sent → read, channels with read receipts only' })
  medianTimeToReadSeconds!: MetricModel;

  @Field(() => MetricModel, { description: 'Conversations with at least one message in the period' })
  activeConversations!: MetricModel;

  @Field(() => MetricModel, {
    description: "Customer's first message → first agent reply (calendar time), bots excluded",
  })
  medianFirstResponseSeconds!: MetricModel;

  @Field(() => MetricModel, { description: 'Score −100..100 from NPS survey answers; sampleSize = responses' })
  nps!: MetricModel;

  @Field(() => MetricModel, { description: 'Complaints per 1,000 delivered business-initiated messages' })
  complaintRate!: MetricModel;

  @Field(() => MetricModel, { description: 'NOT_BUILT until compliance detection exists' })
  openViolations!: MetricModel;

  @Field(() => [ChannelDayVolumeModel])
  volumeByChannelAndDay!: ChannelDayVolumeModel[];

  @Field(() => [ChannelSummaryModel])
  channels!: ChannelSummaryModel[];
}
