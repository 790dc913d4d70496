import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles } from '../../common/auth/roles.decorator';
import { PageInput, type Page } from '../../graphql/pagination';
import { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { SlaKindEnum } from '../sla-settings/dtos/sla-kind.enum';
import { TimeBasisEnum } from '../sla-settings/dtos/time-basis.enum';
import type { SlaKind, TimeBasis } from '../sla-settings/sla-settings-value';
import { ResponseTimeBucketModel } from './dtos/response-time-bucket.model';
import { SupportConversationModel, SupportConversationPage } from './dtos/support-conversation.model';
import { SupportHeatmapCellModel } from './dtos/support-heatmap-cell.model';
import { SupportPerformanceModel } from './dtos/support-performance.model';
import { SupportGroupBy, SupportMetric } from './dtos/support.enums';
import { SupportService } from './support.service';

@Resolver()
export class SupportResolver {
  constructor(private readonly service: SupportService) {}

  @Query(() => SupportPerformanceModel, {
    description:
      'Response times, resolution, workload and SLA attainment of the conversations started in the period, in total ' +
      'and per group (campaign filters do not apply: conversations have no campaign)',
  })
  @AllRoles()
  supportPerformance(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('groupBy', { type: () => SupportGroupBy }) groupBy: SupportGroupBy,
    @Args('basis', { type: () => TimeBasisEnum }) basis: TimeBasis,
  ): Promise<SupportPerformanceModel> {
    return this.service.supportPerformance(principal.tenantId, filter, groupBy, basis);
  }

  @Query(() => [ResponseTimeBucketModel], {
    description: 'How many first responses, replies or resolutions of the period took how long (7 buckets)',
  })
  @AllRoles()
  responseTimeDistribution(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('metric', { type: () => SupportMetric }) metric: SupportMetric,
    @Args('basis', { type: () => TimeBasisEnum }) basis: TimeBasis,
  ): Promise<ResponseTimeBucketModel[]> {
    return this.service.responseTimeDistribution(principal.tenantId, filter, metric, basis);
  }

  @Query(() => [SupportHeatmapCellModel], {
    description:
      'Conversations of the period by the weekday and hour they started (tenant time zone); empty hours omitted',
  })
  @AllRoles()
  supportHeatmap(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
  ): Promise<SupportHeatmapCellModel[]> {
    return this.service.supportHeatmap(principal.tenantId, filter);
  }

  @Query(() => SupportConversationPage, {
    description: 'The conversations behind the support figures, newest first; optionally only one team’s or breaches',
  })
  @AllRoles()
  supportConversations(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('basis', { type: () => TimeBasisEnum }) basis: TimeBasis,
    @Args('breach', { type: () => SlaKindEnum, nullable: true, description: 'Only conversations that missed it' })
    breach: SlaKind | null,
    @Args('teamId', { type: () => ID, nullable: true, description: 'Team.id; another tenant’s is NOT_FOUND' })
    teamId: string | null,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ): Promise<Page<SupportConversationModel>> {
    return this.service.supportConversations(principal.tenantId, filter, basis, breach ?? null, teamId ?? null, page);
  }
}
