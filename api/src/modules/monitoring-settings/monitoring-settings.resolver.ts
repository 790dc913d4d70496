import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles, Roles } from '../../common/auth/roles.decorator';
import { MonitoringSettingsInput } from './dtos/monitoring-settings.input';
import { MonitoringSettingsModel } from './dtos/monitoring-settings.model';
import { MonitoringSettingsService } from './monitoring-settings.service';

@Resolver(() => MonitoringSettingsModel)
export class MonitoringSettingsResolver {
  constructor(private readonly settings: MonitoringSettingsService) {}

  @Query(() => MonitoringSettingsModel, {
    description: "The tenant's messaging-limit era choice and complaint spike threshold",
  })
  @AllRoles()
  monitoringSettings(@CurrentPrincipal() principal: Principal): Promise<MonitoringSettingsModel> {
    return this.settings.get(principal);
  }

  @Mutation(() => MonitoringSettingsModel, { description: 'Replaces the monitoring settings; audited' })
  @Roles('admin', 'manager', 'compliance')
  updateMonitoringSettings(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => MonitoringSettingsInput }) input: MonitoringSettingsInput,
  ): Promise<MonitoringSettingsModel> {
    return this.settings.update(principal, input);
  }
}
