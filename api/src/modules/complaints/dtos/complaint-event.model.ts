import type { Channel } from '@checkmark/schemas';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { Paginated } from '../../../graphql/pagination';
import { DateTimeScalar } from '../../../graphql/scalars/date-time.scalar';
import { ComplaintKind } from './complaints.enums';

@ObjectType('ComplaintEvent', { description: 'One complaint.recorded event behind a complaint figure' })
export class ComplaintEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  occurredAt!: Date;

  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => String, { description: "The account's external id (phone number id, bot id…)" })
  accountId!: string;

  @Field(() => String, { nullable: true, description: 'Display name of the registered account' })
  accountName!: string | null;

  @Field(() => String, { description: 'Pseudonymous' })
  contactId!: string;

  @Field(() => ComplaintKind)
  kind!: ComplaintKind;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The template the complaint names, else the template of the message it names',
  })
  templateName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The campaign key the complaint names, else the campaign of the message it names',
  })
  campaignId!: string | null;

  @Field(() => String, { nullable: true, description: "The campaign's name when the key is a campaign of the tenant" })
  campaignName!: string | null;

  @Field(() => String, { nullable: true, description: 'The message complained about, when the platform named it' })
  relatedMessageId!: string | null;
}

@ObjectType('ComplaintEventPage')
export class ComplaintEventPage extends Paginated(ComplaintEventModel) {}
