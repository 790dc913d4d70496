import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles } from '../../common/auth/roles.decorator';
import { PageInput, type Page } from '../../graphql/pagination';
import { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { FailureReasonModel } from '../templates/dtos/failure-reason.model';
import { EngagementDrillDownInput } from './dtos/engagement-drill-down.input';
import { EngagementMessageModel, EngagementMessagePage } from './dtos/engagement-message.model';
import { EngagementDimension } from './dtos/engagement.enums';
import { EngagementModel } from './dtos/engagement.model';
import { EngagementService } from './engagement.service';

@Resolver()
export class EngagementResolver {
  constructor(private readonly service: EngagementService) {}

  @Query(() => EngagementModel, { description: 'Delivery, reading and time to read over the period' })
  @AllRoles()
  engagement(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('groupBy', { type: () => EngagementDimension, nullable: true, defaultValue: EngagementDimension.CHANNEL })
    groupBy: EngagementDimension | null,
  ): Promise<EngagementModel> {
    return this.service.engagement(principal.tenantId, filter, groupBy);
  }

  @Query(() => EngagementMessagePage, { description: 'The business messages behind a chart element, newest first' })
  @AllRoles()
  engagementMessages(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('drillDown', { type: () => EngagementDrillDownInput, nullable: true })
    drillDown: EngagementDrillDownInput | null,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ): Promise<Page<EngagementMessageModel>> {
    return this.service.engagementMessages(principal.tenantId, filter, drillDown, page);
  }

  @Query(() => [FailureReasonModel], {
    description: 'Failed business messages of the period by channel and error code, explained by the platform catalog',
  })
  @AllRoles()
  failureReasons(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
  ): Promise<FailureReasonModel[]> {
    return this.service.failureReasons(principal.tenantId, filter);
  }
}
