import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { Paginated } from '../../../graphql/pagination';
import { DateScalar } from '../../../graphql/scalars/date.scalar';
import { BusinessAccountModel } from '../../business-accounts/dtos/business-account.model';
import { CampaignCodeKindEnum, type CampaignCodeKind } from '../campaign-code-kind';
import { CampaignSourceKindEnum, type CampaignSourceKind } from '../campaign-source-kind';

@ObjectType('CampaignCode')
export class CampaignCodeModel {
  @Field(() => CampaignCodeKindEnum)
  kind!: CampaignCodeKind;

  @Field(() => String)
  value!: string;
}

@ObjectType('DailySpend')
export class DailySpendModel {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => Float)
  amount!: number;
}

@ObjectType('Campaign')
export class CampaignModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The campaign_id carried by events (unique per tenant)' })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ChannelEnum, { nullable: true, description: 'null = several channels' })
  channel!: string | null;

  @Field(() => BusinessAccountModel, { nullable: true })
  account!: BusinessAccountModel | null;

  @Field(() => CampaignSourceKindEnum)
  sourceKind!: CampaignSourceKind;

  @Field(() => [CampaignCodeModel])
  codes!: CampaignCodeModel[];

  @Field(() => String, { nullable: true })
  templateName!: string | null;

  @Field(() => DateScalar, { nullable: true })
  startsOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn!: string | null;

  @Field(() => String, { description: 'ISO 4217' })
  currency!: string;

  @Field(() => [DailySpendModel])
  spend!: DailySpendModel[];

  @Field(() => Float)
  totalSpend!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class CampaignPage extends Paginated(CampaignModel) {}
