import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles, Roles } from '../../common/auth/roles.decorator';
import { PageInput } from '../../graphql/pagination';
import { AgentsService } from './agents.service';
import { AgentInput } from './dtos/agent.input';
import { AgentModel, AgentPage } from './dtos/agent.model';

@Resolver(() => AgentModel)
export class AgentsResolver {
  constructor(private readonly service: AgentsService) {}

  @Query(() => AgentPage)
  @AllRoles()
  agents(
    @CurrentPrincipal() principal: Principal,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string,
  ): Promise<AgentPage> {
    return this.service.list(principal, page, teamId);
  }

  @Mutation(() => AgentModel)
  @Roles('admin', 'manager')
  createAgent(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => AgentInput }) input: AgentInput,
  ): Promise<AgentModel> {
    return this.service.create(principal, input);
  }

  @Mutation(() => AgentModel)
  @Roles('admin', 'manager')
  updateAgent(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => AgentInput }) input: AgentInput,
  ): Promise<AgentModel> {
    return this.service.update(principal, id, input);
  }

  @Mutation(() => Boolean)
  @Roles('admin', 'manager')
  deleteAgent(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.delete(principal, id);
  }
}
