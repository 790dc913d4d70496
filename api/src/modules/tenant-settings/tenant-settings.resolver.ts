import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles, Roles } from '../../common/auth/roles.decorator';
import { TenantSettingsInput } from './dtos/tenant-settings.input';
import { TenantSettingsModel } from './dtos/tenant-settings.model';
import { TenantSettingsService } from './tenant-settings.service';

@Resolver(() => TenantSettingsModel)
export class TenantSettingsResolver {
  constructor(private readonly settings: TenantSettingsService) {}

  @Query(() => TenantSettingsModel)
  @AllRoles()
  tenantSettings(@CurrentPrincipal() principal: Principal): Promise<TenantSettingsModel> {
    return this.settings.get(principal);
  }

  @Mutation(() => TenantSettingsModel)
  @Roles('admin', 'manager')
  updateTenantSettings(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => TenantSettingsInput }) input: TenantSettingsInput,
  ): Promise<TenantSettingsModel> {
    return this.settings.update(principal, input);
  }
}
