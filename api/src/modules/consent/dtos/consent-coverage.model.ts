import type { Channel } from '@checkmark/schemas';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { DateTimeScalar } from '../../../graphql/scalars/date-time.scalar';

@ObjectType('ConsentCoverageRow', {
  description:
    'Business-initiated messages (templates, or sent outside the 24 h window) of a group and how many had valid consent at send time',
})
export class ConsentCoverageRowModel {
  @Field(() => String, { description: "Account external id, campaign key ('' = none), channel, or day YYYY-MM-DD" })
  key!: string;

  @Field(() => String, { nullable: true, description: "The account's display name or the campaign's name" })
  label!: string | null;

  @Field(() => ChannelEnum, { nullable: true, description: "The account's channel (grouped by account or channel)" })
  channel!: Channel | null;

  @Field(() => Int, { description: 'All business messages of the group' })
  messages!: number;

  @Field(() => Int)
  businessInitiated!: number;

  @Field(() => Int, { description: "Business-initiated with the purpose's consent granted and not blocked" })
  covered!: number;

  @Field(() => Float, { nullable: true, description: 'covered ÷ businessInitiated; null when none' })
  coverage!: number | null;

  @Field(() => Int, { description: 'Messages with NO_CONSENT' })
  noConsent!: number;

  @Field(() => Int, { description: 'Messages with AFTER_OPT_OUT (any message while blocked included)' })
  afterOptOut!: number;

  @Field(() => Int, { description: 'Messages with PURPOSE_MISMATCH' })
  purposeMismatch!: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the consent-at-send rollup these counts come from was last rebuilt (the same on every row); null until the first rebuild since the warehouse started',
  })
  asOf?: Date | null;
}
