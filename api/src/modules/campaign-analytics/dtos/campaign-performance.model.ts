import type { Channel } from '@checkmark/schemas';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { DateScalar } from '../../../graphql/scalars/date.scalar';
import { CampaignModel } from '../../campaigns/dtos/campaign.model';
import type { CampaignView } from '../../campaigns/campaigns.service';
import { PeriodModel } from '../../overview/dtos/overview.model';
import { AttributionModel, TouchpointKind } from './campaign-analytics.enums';

@ObjectType('CampaignPerformanceRow')
export class CampaignPerformanceRowModel {
  @Field(() => String, {
    description: "Campaign.key ('organic' = no campaign) | touchpoint kind lowercase | channel value ('' = total)",
  })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => CampaignModel, { nullable: true })
  campaign!: CampaignView | null;

  @Field(() => ChannelEnum, { nullable: true })
  channel!: Channel | null;

  @Field(() => TouchpointKind, { nullable: true })
  sourceKind!: TouchpointKind | null;

  @Field(() => Int, { description: 'Conversations whose first customer message carries this source (inbound touch)' })
  conversations!: number;

  @Field(() => Int, { description: 'Distinct contacts among those conversations' })
  uniqueContacts!: number;

  @Field(() => Int, {
    description: 'Contacts of those conversations who opted in (consent opt-in) within the window after the touch',
  })
  newOptIns!: number;

  @Field(() => Int, { description: 'Campaign messages sent in the period (outbound/template campaigns), 0 otherwise' })
  messagesSent!: number;

  @Field(() => Int, { description: "Customer replies to the campaign's outbound messages within the window" })
  replies!: number;

  @Field(() => Int, { description: 'Conversions of the period credited under the chosen model' })
  conversions!: number;

  @Field(() => Float, { description: 'Their value in the reporting currency (amounts without a rate left out)' })
  revenue!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Spend of the campaign's days in the period; null for organic / non-campaign rows",
  })
  spend!: number | null;

  @Field(() => Float, { nullable: true, description: 'spend ÷ conversations' })
  costPerConversation!: number | null;

  @Field(() => Float, { nullable: true, description: 'spend ÷ conversions' })
  costPerConversion!: number | null;

  @Field(() => Float, { nullable: true, description: 'revenue ÷ spend' })
  roas!: number | null;
}

@ObjectType('CampaignDay')
export class CampaignDayModel {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => Int, { description: 'Conversations started that day' })
  conversations!: number;

  @Field(() => Int, { description: 'Conversions that day (in the filter under the model)' })
  conversions!: number;

  @Field(() => Float)
  revenue!: number;

  @Field(() => Float)
  spend!: number;
}

@ObjectType('CampaignPerformance')
export class CampaignPerformanceModel {
  @Field(() => Date, {
    nullable: true,
    description:
      'When the figures were last rolled up (they include everything ingested before then); null until the first roll-up since the warehouse started',
  })
  asOf!: Date | null;

  @Field(() => PeriodModel)
  period!: PeriodModel;

  @Field(() => String)
  timeZone!: string;

  @Field(() => AttributionModel)
  model!: AttributionModel;

  @Field(() => Int)
  windowDays!: number;

  @Field(() => String, { description: 'The reporting currency of every amount' })
  currency!: string;

  @Field(() => [String], { description: 'Currencies of amounts left out for want of an exchange rate' })
  unconvertedCurrencies!: string[];

  @Field(() => CampaignPerformanceRowModel)
  total!: CampaignPerformanceRowModel;

  @Field(() => [CampaignPerformanceRowModel], { description: 'conversions desc, then conversations desc; at most 200' })
  rows!: CampaignPerformanceRowModel[];

  @Field(() => [CampaignDayModel], {
    description:
      'One per day of the period, zeros included (by touch day for conversations, conversion day for conversions)',
  })
  days!: CampaignDayModel[];
}
