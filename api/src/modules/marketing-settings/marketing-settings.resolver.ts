import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles, Roles } from '../../common/auth/roles.decorator';
import { MarketingSettingsInput } from './dtos/marketing-settings.input';
import { MarketingSettingsModel } from './dtos/marketing-settings.model';
import { MarketingSettingsService } from './marketing-settings.service';

@Resolver(() => MarketingSettingsModel)
export class MarketingSettingsResolver {
  constructor(private readonly settings: MarketingSettingsService) {}

  @Query(() => MarketingSettingsModel, {
    description: "The tenant's attribution window, reporting currency, exchange rates and message prices",
  })
  @AllRoles()
  marketingSettings(@CurrentPrincipal() principal: Principal): Promise<MarketingSettingsModel> {
    return this.settings.get(principal);
  }

  @Mutation(() => MarketingSettingsModel)
  @Roles('admin', 'manager', 'marketer')
  updateMarketingSettings(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => MarketingSettingsInput }) input: MarketingSettingsInput,
  ): Promise<MarketingSettingsModel> {
    return this.settings.update(principal, input);
  }
}
