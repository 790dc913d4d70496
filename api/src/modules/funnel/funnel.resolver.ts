import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles } from '../../common/auth/roles.decorator';
import { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { FunnelDimension } from './dtos/funnel.enums';
import { FunnelModel } from './dtos/funnel.model';
import { FunnelService } from './funnel.service';

@Resolver()
export class FunnelResolver {
  constructor(private readonly service: FunnelService) {}

  @Query(() => FunnelModel, {
    description:
      'Business messages sent → delivered → read → replied → converted per channel or campaign, with read and reply ' +
      'times, opt-out and complaint rates and cost (docs/metrics.md, Funnel)',
  })
  @AllRoles()
  funnel(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('groupBy', { type: () => FunnelDimension, nullable: true, defaultValue: FunnelDimension.CHANNEL })
    groupBy: FunnelDimension | null,
  ): Promise<FunnelModel> {
    return this.service.funnel(principal.tenantId, filter, groupBy);
  }
}
