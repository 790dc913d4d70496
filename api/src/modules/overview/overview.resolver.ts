import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles } from '../../common/auth/roles.decorator';
import { AnalyticsFilterInput } from './dtos/analytics-filter.input';
import { OverviewModel } from './dtos/overview.model';
import { OverviewService } from './overview.service';

@Resolver(() => OverviewModel)
export class OverviewResolver {
  constructor(private readonly service: OverviewService) {}

  @Query(() => OverviewModel)
  @AllRoles()
  overview(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
  ): Promise<OverviewModel> {
    return this.service.overview(principal.tenantId, filter);
  }
}
