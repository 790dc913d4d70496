import type { Channel } from '@checkmark/schemas';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';

@ObjectType('FailureReason', {
  description: 'Failed messages of one channel and error code, explained by the platform error catalog',
})
export class FailureReasonModel {
  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => String, { nullable: true, description: 'null when the platform gave no code' })
  errorCode!: string | null;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { description: 'count / all failed messages listed' })
  share!: number;

  @Field(() => String, { nullable: true, description: "The platform's own title (the most frequent one for the code)" })
  platformTitle!: string | null;

  @Field(() => String, { nullable: true, description: "The catalog's title, else the platform's" })
  title!: string | null;

  @Field(() => Boolean, { description: 'Whether the catalog describes this code' })
  known!: boolean;

  @Field(() => String, { nullable: true, description: 'What happened, for a marketer; null for unknown codes' })
  meaning!: string | null;

  @Field(() => String, { nullable: true })
  likelyCause!: string | null;

  @Field(() => String, { nullable: true })
  recommendedAction!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'recipient, consent, window, quality, policy, template, rate_limit, …',
  })
  category!: string | null;

  @Field(() => String, { nullable: true })
  categoryLabel!: string | null;

  @Field(() => String, { nullable: true, description: 'later, after_fix or no' })
  retry!: string | null;
}
