import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { CampaignModel } from '../../campaigns/dtos/campaign.model';
import { UnavailableReason } from '../../overview/dtos/metric.model';
import { PeriodModel } from '../../overview/dtos/overview.model';

@ObjectType('FunnelUnavailable', { description: 'A figure of the row that is null, and why' })
export class FunnelUnavailableModel {
  @Field(() => String, { description: 'The FunnelRow field, e.g. "readRate"' })
  field!: string;

  @Field(() => UnavailableReason)
  reason!: UnavailableReason;
}

@ObjectType('FunnelRow')
export class FunnelRowModel {
  @Field(() => String, { description: "channel value | Campaign.key ('' = messages without a campaign)" })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => ChannelEnum, { nullable: true, description: 'The channel of a channel row' })
  channel!: string | null;

  @Field(() => CampaignModel, { nullable: true, description: 'The campaign of a campaign row, when it is in Settings' })
  campaign!: CampaignModel | null;

  @Field(() => Int, {
    description:
      'Business messages sent in the period (anchor as on the Engagement page: first seen, in the tenant time zone)',
  })
  sent!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Delivered or read (read implies delivered); null when the channel reports no delivery receipts',
  })
  delivered!: number | null;

  @Field(() => Int, { nullable: true, description: 'null when the channel reports no read receipts' })
  read!: number | null;

  @Field(() => Int, {
    description:
      'Messages the contact answered: a customer message (not a reaction or system notice) from the same contact on ' +
      'the same channel and account within 7 days after the message (exactly 7 days included) that quotes it or ' +
      'comes before the next business message to them; the template list counts replies the same way',
  })
  replied!: number;

  @Field(() => Int, {
    description:
      'Messages followed by a conversion of the same contact within the attribution window (both ends included)',
  })
  converted!: number;

  @Field(() => Float, { nullable: true, description: 'delivered ÷ sent, on channels with delivery receipts' })
  deliveryRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'read ÷ delivered, on channels with read receipts' })
  readRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'replied ÷ sent' })
  replyRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'converted ÷ sent' })
  conversionRate!: number | null;

  @Field(() => [FunnelUnavailableModel])
  unavailable!: FunnelUnavailableModel[];

  @Field(() => Float, { nullable: true, description: 'Median of read − sent, seconds (channels with read receipts)' })
  medianSecondsToRead!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Median of the first counted reply − the message's first sight, seconds, over replied messages",
  })
  medianSecondsToReply!: number | null;

  @Field(() => Int, {
    description:
      'Messages followed by an opt-out (consent.updated opt_out, any purpose) of the contact on the same channel ' +
      '(any account) within 7 days (exactly 7 days included): one opt-out counts for every message of the 7 days ' +
      'before it; the template list counts opt-outs the same way',
  })
  optOuts!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Opt-outs per 1,000 delivered business-initiated messages (channels that report delivery)',
  })
  optOutRate!: number | null;

  @Field(() => Int, {
    description:
      'Messages followed by a complaint within 7 days, by the same rule as opt-outs, or by one naming the message',
  })
  complaints!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Complaints per 1,000 delivered business-initiated messages (channels that report delivery)',
  })
  complaintRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Billable messages priced with the tenant message prices (reporting currency); null when no price applies',
  })
  cost!: number | null;

  @Field(() => Float, { nullable: true, description: 'cost ÷ sent' })
  costPerMessage!: number | null;
}

@ObjectType('Funnel')
export class FunnelModel {
  @Field(() => PeriodModel)
  period!: PeriodModel;

  @Field(() => String)
  timeZone!: string;

  @Field(() => Int, { description: 'The attribution window conversions used, in days' })
  windowDays!: number;

  @Field(() => String, { description: 'Reporting currency of cost (ISO 4217)' })
  currency!: string;

  @Field(() => FunnelRowModel)
  total!: FunnelRowModel;

  @Field(() => [FunnelRowModel], { description: 'sent desc, at most 200' })
  rows!: FunnelRowModel[];
}
