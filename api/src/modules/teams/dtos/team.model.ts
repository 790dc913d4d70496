import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../../graphql/pagination';

@ObjectType('Team')
export class TeamModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'The team_id carried by events' })
  externalId!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  agentCount!: number;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class TeamPage extends Paginated(TeamModel) {}
