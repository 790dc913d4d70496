import type { Channel } from '@checkmark/schemas';
import { Field, Float, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { Paginated } from '../../../graphql/pagination';
import { DateTimeScalar } from '../../../graphql/scalars/date-time.scalar';
import { CampaignModel } from '../../campaigns/dtos/campaign.model';
import type { CampaignView } from '../../campaigns/campaigns.service';
import { TouchpointKind } from './campaign-analytics.enums';

@ObjectType('AttributedConversion', { description: 'A conversion and the touch credited under the model' })
export class AttributedConversionModel {
  @Field(() => String)
  eventId!: string;

  @Field(() => DateTimeScalar)
  occurredAt!: Date;

  @Field(() => String)
  kind!: string;

  @Field(() => String, { description: 'Pseudonymous' })
  contactId!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true })
  currency!: string | null;

  @Field(() => Float, { nullable: true, description: 'In the reporting currency; null when no rate' })
  valueConverted!: number | null;

  @Field(() => String, { nullable: true })
  orderId!: string | null;

  @Field(() => CampaignModel, { nullable: true })
  campaign!: CampaignView | null;

  @Field(() => TouchpointKind)
  sourceKind!: TouchpointKind;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The credited touch; null = organic (no touch in the window)',
  })
  touchAt!: Date | null;

  @Field(() => ChannelEnum, { nullable: true })
  channel!: Channel | null;
}

@ObjectType('AttributedConversionPage')
export class AttributedConversionPage extends Paginated(AttributedConversionModel) {
  @Field(() => Date, {
    nullable: true,
    description:
      'When the figures were last rolled up (they include everything ingested before then); null until the first roll-up since the warehouse started',
  })
  asOf!: Date | null;
}
