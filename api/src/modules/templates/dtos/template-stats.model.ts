import type { Channel } from '@checkmark/schemas';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { Paginated } from '../../../graphql/pagination';
import { UnavailableReason } from '../../overview/dtos/metric.model';

@ObjectType('TemplateStats', {
  description: 'One template (channel, sending account, name, language) over the period; docs/metrics.md "Templates"',
})
export class TemplateStatsModel {
  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => String, { description: "The sending account's id as events carry it (phone number id, bot…)" })
  accountExternalId!: string;

  @Field(() => ID, { nullable: true, description: 'BusinessAccount.id when the account is registered' })
  businessAccountId!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  language!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Latest category reported by template.updated, else the one on the latest send; lower case (marketing, utility, authentication)',
  })
  category!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Latest status reported by template.updated (APPROVED, PAUSED, …)',
  })
  status!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Latest quality reported by template.updated (GREEN, YELLOW, RED, UNKNOWN)',
  })
  quality!: string | null;

  @Field(() => Date, { nullable: true, description: 'When template.updated last reported anything for it' })
  stateUpdatedAt!: Date | null;

  @Field(() => Int, { description: 'Template messages first seen in the period (failed ones included)' })
  sent!: number;

  @Field(() => Int, { description: 'Delivered or read (read implies delivered)' })
  delivered!: number;

  @Field(() => Int)
  read!: number;

  @Field(() => Int, {
    description: 'Sends the contact answered within 7 days, before the next business message (or quoting it)',
  })
  replied!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Float, { nullable: true, description: 'delivered / sent; null with deliveryRateUnavailableReason' })
  deliveryRate!: number | null;

  @Field(() => UnavailableReason, { nullable: true })
  deliveryRateUnavailableReason!: UnavailableReason | null;

  @Field(() => Float, { nullable: true, description: 'read / delivered; null with readRateUnavailableReason' })
  readRate!: number | null;

  @Field(() => UnavailableReason, { nullable: true })
  readRateUnavailableReason!: UnavailableReason | null;

  @Field(() => Float, { nullable: true, description: 'Median of read − sent, in seconds' })
  medianTimeToReadSeconds!: number | null;

  @Field(() => UnavailableReason, { nullable: true })
  medianTimeToReadUnavailableReason!: UnavailableReason | null;

  @Field(() => Int, {
    description: 'Sends followed within 7 days by a complaint of the same contact (or named by one)',
  })
  complaints!: number;

  @Field(() => Int, { description: 'Sends followed within 7 days by an opt-out of the same contact' })
  optOuts!: number;

  @Field(() => Boolean, { description: 'false on channels without read receipts (Telegram bots, SMS)' })
  readReceipts!: boolean;
}

@ObjectType('TemplateStatsPage')
export class TemplateStatsPage extends Paginated(TemplateStatsModel) {
  @Field(() => Date, {
    nullable: true,
    description:
      'When the figures were last rolled up (they include everything ingested before then); null until the first roll-up since the warehouse started',
  })
  asOf!: Date | null;
}
