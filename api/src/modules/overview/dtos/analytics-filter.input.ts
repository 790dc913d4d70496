import type { Channel } from '@checkmark/schemas';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { DateScalar } from '../../../graphql/scalars/date.scalar';

@InputType('AnalyticsFilter')
export class AnalyticsFilterInput {
  @Field(() => DateScalar, { description: "Inclusive, tenant's time zone" })
  from!: string;

  @Field(() => DateScalar, { description: "Inclusive, tenant's time zone; at most 366 days after from" })
  to!: string;

  @Field(() => [ChannelEnum], { nullable: true })
  channels?: Channel[] | null;

  @Field(() => [ID], { nullable: true, description: 'BusinessAccount.id' })
  accountIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Campaign.id' })
  campaignIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Agent.id' })
  agentIds?: string[] | null;
}
