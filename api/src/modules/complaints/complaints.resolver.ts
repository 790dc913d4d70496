import { Args, Float, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles } from '../../common/auth/roles.decorator';
import { PageInput, type Page } from '../../graphql/pagination';
import { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { ComplaintEventsService } from './complaint-events.service';
import { ComplaintGroupModel } from './dtos/complaint-breakdown.model';
import { ComplaintDrillDownInput } from './dtos/complaint-drill-down.input';
import { ComplaintEventModel, ComplaintEventPage } from './dtos/complaint-event.model';
import { ComplaintTrendsModel } from './dtos/complaint-trends.model';
import { ComplaintDimension } from './dtos/complaints.enums';
import { ComplaintsService } from './complaints.service';

@Resolver()
export class ComplaintsResolver {
  constructor(
    private readonly service: ComplaintsService,
    private readonly events: ComplaintEventsService,
  ) {}

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

  @Query(() => ComplaintEventPage, {
    description:
      'The complaints behind a complaint figure (a day, a kind, a reason), newest first, counted as the figures count them',
  })
  @AllRoles()
  complaintEvents(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('drillDown', { type: () => ComplaintDrillDownInput, nullable: true })
    drillDown: ComplaintDrillDownInput | null,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ): Promise<Page<ComplaintEventModel>> {
    return this.events.complaintEvents(principal.tenantId, filter, drillDown, page);
  }
}
