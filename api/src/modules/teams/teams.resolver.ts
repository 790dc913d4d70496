import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles, Roles } from '../../common/auth/roles.decorator';
import { PageInput } from '../../graphql/pagination';
import { TeamInput } from './dtos/team.input';
import { TeamModel, TeamPage } from './dtos/team.model';
import { TeamsService } from './teams.service';

@Resolver(() => TeamModel)
export class TeamsResolver {
  constructor(private readonly service: TeamsService) {}

  @Query(() => TeamPage)
  @AllRoles()
  teams(
    @CurrentPrincipal() principal: Principal,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<TeamPage> {
    return this.service.list(principal, page);
  }

  @Mutation(() => TeamModel)
  @Roles('admin', 'manager')
  createTeam(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => TeamInput }) input: TeamInput,
  ): Promise<TeamModel> {
    return this.service.create(principal, input);
  }

  @Mutation(() => TeamModel)
  @Roles('admin', 'manager')
  updateTeam(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => TeamInput }) input: TeamInput,
  ): Promise<TeamModel> {
    return this.service.update(principal, id, input);
  }

  @Mutation(() => Boolean)
  @Roles('admin', 'manager')
  deleteTeam(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.delete(principal, id);
  }
}
