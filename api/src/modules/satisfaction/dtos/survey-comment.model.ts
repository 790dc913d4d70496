import type { Channel } from '@checkmark/schemas';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChannelEnum } from '../../../graphql/enums/channel.enum';
import { Paginated } from '../../../graphql/pagination';
import { SurveyKind } from './satisfaction.enums';

@ObjectType('SurveyComment', { description: 'A survey answer with a comment (customer-written text)' })
export class SurveyCommentModel {
  @Field(() => ID, { description: 'The survey.answered event id' })
  id!: string;

  @Field(() => SurveyKind)
  survey!: SurveyKind;

  @Field(() => Int, { description: 'NPS 0–10 or CSAT 1–5' })
  score!: number;

  @Field(() => String)
  comment!: string;

  @Field(() => Date)
  answeredAt!: Date;

  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => ID, {
    nullable: true,
    description:
      "Agent.id of the credited agent (the survey's, else its support conversation's first responder or last assignee); null when none is registered",
  })
  agentId!: string | null;

  @Field(() => String, { nullable: true, description: "The agent's name, else the events' agent id; null when none" })
  agentName!: string | null;

  @Field(() => String, { nullable: true, description: "The source's conversation id, when it gave one" })
  conversationId!: string | null;
}

@ObjectType('SurveyCommentPage')
export class SurveyCommentPage extends Paginated(SurveyCommentModel) {}
