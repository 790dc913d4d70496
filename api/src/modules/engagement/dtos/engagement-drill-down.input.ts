import type { Channel } from '@checkmark/schemas';
import { Field, InputType, Int } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { DateScalar } from '../../../graphql/scalars/date.scalar';
import { ComplaintDimension } from '../../complaints/dtos/complaints.enums';
import { EngagementDimension, ReadTimeBucket } from './engagement.enums';

@InputType('EngagementDrillDown', { description: 'Narrows the filter to one chart element' })
export class EngagementDrillDownInput {
  @Field(() => EngagementDimension, { nullable: true })
  dimension?: EngagementDimension | null;

  @Field(() => String, {
    nullable: true,
    description: 'An EngagementGroup.key of that dimension, or a ComplaintGroup.key of complaintDimension',
  })
  key?: string | null;

  @Field(() => ComplaintDimension, {
    nullable: true,
    description:
      'Instead of dimension: the messages of one complaintBreakdown row, key being its ComplaintGroup.key (a template ' +
      'by name in any language; a category as the template category, else the pricing category)',
  })
  complaintDimension?: ComplaintDimension | null;

  @Field(() => DateScalar, { nullable: true, description: 'One day of the period' })
  date?: string | null;

  @Field(() => ReadTimeBucket, { nullable: true, description: 'One histogram bucket' })
  bucket?: ReadTimeBucket | null;

  @Field(() => Int, { nullable: true, description: '1 = Monday … 7 = Sunday' })
  dayOfWeek?: number | null;

  @Field(() => Int, { nullable: true, description: '0..23' })
  hour?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'sent | delivered | read | failed (messages that reached it) | complained (delivered business-initiated ' +
      'messages that drew a complaint, as complaintBreakdown counts them)',
  })
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
