import type { Channel } from '@checkmark/schemas';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { Paginated } from '../../../graphql/pagination';
import { DateTimeScalar } from '../../../graphql/scalars/date-time.scalar';
import { SlaKindEnum } from '../../sla-settings/dtos/sla-kind.enum';
import type { SlaKind } from '../../sla-settings/sla-settings-value';

@ObjectType('SupportConversation', { description: 'One support conversation (no message content)' })
export class SupportConversationModel {
  @Field(() => ID, { description: 'Stable opaque key of the conversation' })
  id!: string;

  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => String, { description: 'External account id' })
  accountId!: string;

  @Field(() => String, { description: 'Pseudonymous' })
  contactId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Agent credited (first responder, else last assignee): Agent.id, or the external id if not registered',
  })
  agentId!: string | null;

  @Field(() => String, { nullable: true })
  agentName!: string | null;

  @Field(() => ID, { nullable: true })
  teamId!: string | null;

  @Field(() => String, { nullable: true })
  teamName!: string | null;

  @Field(() => DateTimeScalar, { description: 'First customer message' })
  startedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'First human agent reply' })
  firstResponseAt!: Date | null;

  @Field(() => Float, { nullable: true, description: "First response time in the query's basis" })
  firstResponseMs!: number | null;

  @Field(() => Float, { nullable: true, description: "Longest reply time in the query's basis" })
  longestReplyMs!: number | null;

  @Field(() => DateTimeScalar, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => Float, { nullable: true, description: "Resolution time in the query's basis" })
  resolutionMs!: number | null;

  @Field(() => Boolean)
  reopened!: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  botHandoffAt!: Date | null;

  @Field(() => Int)
  customerMessages!: number;

  @Field(() => Int)
  agentMessages!: number;

  @Field(() => [SlaKindEnum], {
    description:
      'SLA targets missed, or waiting past the target now (no first response, an unanswered message, unresolved)',
  })
  breaches!: SlaKind[];
}

@ObjectType('SupportConversationPage')
export class SupportConversationPage extends Paginated(SupportConversationModel) {}
