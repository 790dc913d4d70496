import type { Channel } from '@checkmark/schemas';
import { Field, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { Paginated } from '../../../graphql/pagination';
import { DateTimeScalar } from '../../../graphql/scalars/date-time.scalar';
import { CampaignModel } from '../../campaigns/dtos/campaign.model';
import type { CampaignView } from '../../campaigns/campaigns.service';
import { TouchpointKind } from './campaign-analytics.enums';

@ObjectType('AttributedConversation', {
  description: 'A conversation with its source (rows behind conversations/contacts)',
})
export class AttributedConversationModel {
  @Field(() => String, { description: "The source's conversation id, or the first message's event id" })
  conversationId!: string;

  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => String)
  accountExternalId!: string;

  @Field(() => String, { description: 'Pseudonymous' })
  contactId!: string;

  @Field(() => DateTimeScalar)
  startedAt!: Date;

  @Field(() => TouchpointKind)
  sourceKind!: TouchpointKind;

  @Field(() => String, { nullable: true, description: 'Ad id / payload / ref / context / codes / UTM, as parsed' })
  sourceDetail!: string | null;

  @Field(() => CampaignModel, { nullable: true })
  campaign!: CampaignView | null;
}

@ObjectType('AttributedConversationPage')
export class AttributedConversationPage extends Paginated(AttributedConversationModel) {
  @Field(() => Date, {
    nullable: true,
    description:
      'When the figures were last rolled up (they include everything ingested before then); null until the first roll-up since the warehouse started',
  })
  asOf!: Date | null;
}
