import type { Channel } from '@checkmark/schemas';
import { Field, Float, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { Paginated } from '../../../graphql/pagination';
import { DateTimeScalar } from '../../../graphql/scalars/date-time.scalar';

@ObjectType('EngagementMessage', { description: 'One business message behind a chart (drill-down)' })
export class EngagementMessageModel {
  @Field(() => String)
  messageId!: string;

  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => String)
  accountExternalId!: string;

  @Field(() => String, { description: 'Pseudonymous' })
  contactId!: string;

  @Field(() => String, { nullable: true })
  templateName!: string | null;

  @Field(() => String, { nullable: true })
  campaignKey!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  sentAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Effective (read implies delivered)' })
  deliveredAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  readAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  failedAt!: Date | null;

  @Field(() => String, { nullable: true })
  errorCode!: string | null;

  @Field(() => Float, { nullable: true })
  timeToReadSeconds!: number | null;
}

@ObjectType('EngagementMessagePage')
export class EngagementMessagePage extends Paginated(EngagementMessageModel) {}
