import type { Channel } from '@checkmark/schemas';
import { Field, InputType, Int } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { DateScalar } from '../../../graphql/scalars/date.scalar';
import { EngagementDimension, ReadTimeBucket } from './engagement.enums';

@InputType('EngagementDrillDown', { description: 'Narrows the filter to one chart element' })
export class EngagementDrillDownInput {
  @Field(() => EngagementDimension, { nullable: true })
  dimension?: EngagementDimension | null;

  @Field(() => String, { nullable: true, description: 'An EngagementGroup.key of that dimension' })
  key?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'One day of the period' })
  date?: string | null;

  @Field(() => ReadTimeBucket, { nullable: true, description: 'One histogram bucket' })
  bucket?: ReadTimeBucket | null;

  @Field(() => Int, { nullable: true, description: '1 = Monday … 7 = Sunday' })
  dayOfWeek?: number | null;

  @Field(() => Int, { nullable: true, description: '0..23' })
  hour?: number | null;

  @Field(() => String, { nullable: true, description: 'sent | delivered | read | failed (messages that reached it)' })
  status?: string | null;

  @Field(() => ChannelEnum, { nullable: true, description: 'Only messages sent on this channel' })
  channel?: Channel | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only messages of this sending account (EngagementMessage.accountExternalId)',
  })
  accountId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only failed messages with this error code (FailureReason.errorCode); '' = failed without a code",
  })
  errorCode?: string | null;
}
