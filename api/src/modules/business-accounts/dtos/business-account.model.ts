import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { Paginated } from '../../../graphql/pagination';

@ObjectType('BusinessAccount')
export class BusinessAccountModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ChannelEnum)
  channel!: string;

  @Field(() => String, { description: 'The account_id carried by events (WhatsApp phone_number_id, bot id, page id…)' })
  externalId!: string;

  @Field(() => String, { nullable: true, description: 'WhatsApp business account id, when channel is WHATSAPP' })
  wabaId!: string | null;

  @Field(() => String, { nullable: true })
  displayPhoneNumber!: string | null;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field(() => Boolean)
  verified!: boolean;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class BusinessAccountPage extends Paginated(BusinessAccountModel) {}
