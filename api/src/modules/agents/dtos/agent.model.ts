import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../../graphql/pagination';
import { TeamModel } from '../../teams/dtos/team.model';

@ObjectType('Agent')
export class AgentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The agent_id carried by events' })
  externalId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => TeamModel, { nullable: true })
  team!: TeamModel | null;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class AgentPage extends Paginated(AgentModel) {}
