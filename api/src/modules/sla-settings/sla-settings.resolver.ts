import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles, Roles } from '../../common/auth/roles.decorator';
import { SlaSettingsModel } from './dtos/sla-settings.model';
import { SlaTargetInput } from './dtos/sla-target.input';
import { SlaSettingsService } from './sla-settings.service';

@Resolver(() => SlaSettingsModel)
export class SlaSettingsResolver {
  constructor(private readonly settings: SlaSettingsService) {}

  @Query(() => SlaSettingsModel, {
    description: "The tenant's SLA targets for first response, next reply and resolution",
  })
  @AllRoles()
  slaSettings(@CurrentPrincipal() principal: Principal): Promise<SlaSettingsModel> {
    return this.settings.get(principal);
  }

  @Mutation(() => SlaSettingsModel, {
    description: 'Replaces the whole set of SLA targets (at most one per kind; an empty list removes them); audited',
  })
  @Roles('admin', 'manager')
  updateSlaSettings(
    @CurrentPrincipal() principal: Principal,
    @Args('targets', { type: () => [SlaTargetInput] }) targets: SlaTargetInput[],
  ): Promise<SlaSettingsModel> {
    return this.settings.update(principal, targets);
  }
}
