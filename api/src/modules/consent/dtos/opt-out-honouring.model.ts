import type { Channel } from '@checkmark/schemas';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { Paginated } from '../../../graphql/pagination';
import { DateTimeScalar } from '../../../graphql/scalars/date-time.scalar';
import { ConsentPurpose } from './consent.enums';

@ObjectType('OptOut', { description: 'A marketing opt-out or block of the period and what was sent after it' })
export class OptOutModel {
  @Field(() => ID, { description: 'The consent.updated event id' })
  eventId!: string;

  @Field(() => DateTimeScalar)
  optedOutAt!: Date;

  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => String)
  accountId!: string;

  @Field(() => String, { nullable: true, description: 'Display name of the registered account' })
  accountName!: string | null;

  @Field(() => String, { description: 'Pseudonymous' })
  contactId!: string;

  @Field(() => ConsentPurpose)
  purpose!: ConsentPurpose;

  @Field(() => String, { description: 'keyword, button, platform_stop, block, …' })
  method!: string;

  @Field(() => Int, {
    description: 'Messages of the affected purpose sent after it and before a new opt-in (any message while blocked)',
  })
  messagesAfter!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The last of them: when sending stopped' })
  lastMessageAt!: Date | null;

  @Field(() => Float, { nullable: true, description: 'Seconds from the opt-out to the last message after it' })
  delaySeconds!: number | null;

  @Field(() => Boolean, { description: 'Nothing was sent after it' })
  honoured!: boolean;
}

@ObjectType('OptOutPage')
export class OptOutPage extends Paginated(OptOutModel) {}

@ObjectType('OptOutHonouring')
export class OptOutHonouringModel {
  @Field(() => Int, { description: 'Marketing opt-outs (purpose marketing or all) and blocks recorded in the period' })
  optOuts!: number;

  @Field(() => Int)
  honoured!: number;

  @Field(() => Int)
  violated!: number;

  @Field(() => Int)
  messagesAfterOptOut!: number;

  @Field(() => Float, { nullable: true, description: 'Median delay until sending stopped, over the opt-outs violated' })
  medianDelaySeconds!: number | null;

  @Field(() => Float, { nullable: true })
  maxDelaySeconds!: number | null;

  @Field(() => OptOutPage, { description: 'Newest first' })
  rows!: OptOutPage;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the consent-at-send rollup the messages after each opt-out come from was last rebuilt (the opt-outs themselves are read live); null until the first rebuild since the warehouse started',
  })
  asOf!: Date | null;
}
