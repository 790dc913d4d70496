import { Args, Float, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles } from '../../common/auth/roles.decorator';
import { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { ComplaintGroupModel } from './dtos/complaint-breakdown.model';
import { ComplaintTrendsModel } from './dtos/complaint-trends.model';
import { ComplaintDimension } from './dtos/complaints.enums';
import { ComplaintsService } from './complaints.service';

@Resolver()
export class ComplaintsResolver {
  constructor(private readonly service: ComplaintsService) {}

  @Query(() => ComplaintTrendsModel, {
    description: 'Complaint rate by day and week with spikes, complaints by kind and the top reasons',
  })
  @AllRoles()
  complaintTrends(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('threshold', {
      type: () => Float,
      nullable: true,
      description:
        "A rate per 1,000 that replaces the trailing mean + 3σ rule; omitted: the tenant's monitoring setting (complaintSpikeThreshold)",
    })
    threshold: number | null,
  ): Promise<ComplaintTrendsModel> {
    return this.service.complaintTrends(principal.tenantId, filter, threshold ?? null);
  }

  @Query(() => [ComplaintGroupModel], {
    description:
      'Complaints per 1,000 delivered business-initiated messages by group, most complaints first, at most 200',
  })
  @AllRoles()
  complaintBreakdown(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('by', { type: () => ComplaintDimension }) by: ComplaintDimension,
  ): Promise<ComplaintGroupModel[]> {
    return this.service.complaintBreakdown(principal.tenantId, filter, by);
  }
}
