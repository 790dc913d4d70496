import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles } from '../../common/auth/roles.decorator';
import { PageInput, type Page } from '../../graphql/pagination';
import { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { CampaignAnalyticsService } from './campaign-analytics.service';
import { AttributedConversationModel, AttributedConversationPage } from './dtos/attributed-conversation.model';
import { AttributedConversionModel, AttributedConversionPage } from './dtos/attributed-conversion.model';
import { AttributionModel, CampaignDimension } from './dtos/campaign-analytics.enums';
import { CampaignDrillDownInput } from './dtos/campaign-drill-down.input';
import { CampaignPerformanceModel } from './dtos/campaign-performance.model';

@Resolver()
export class CampaignAnalyticsResolver {
  constructor(private readonly service: CampaignAnalyticsService) {}

  @Query(() => CampaignPerformanceModel, {
    description: 'Conversations, opt-ins, replies, conversions, revenue and spend by campaign, source or channel',
  })
  @AllRoles()
  campaignPerformance(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('groupBy', { type: () => CampaignDimension, nullable: true, defaultValue: CampaignDimension.CAMPAIGN })
    groupBy: CampaignDimension | null,
    @Args('model', { type: () => AttributionModel, nullable: true, defaultValue: AttributionModel.LAST_TOUCH })
    model: AttributionModel | null,
  ): Promise<CampaignPerformanceModel> {
    return this.service.campaignPerformance(principal.tenantId, filter, groupBy, model);
  }

  @Query(() => AttributedConversationPage, { description: 'Conversations started in the period with their source' })
  @AllRoles()
  attributedConversations(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('drillDown', { type: () => CampaignDrillDownInput, nullable: true }) drillDown: CampaignDrillDownInput | null,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ): Promise<Page<AttributedConversationModel> & { asOf: Date | null }> {
    return this.service.attributedConversations(principal.tenantId, filter, drillDown, page);
  }

  @Query(() => AttributedConversionPage, { description: 'Conversions of the period and the touch credited' })
  @AllRoles()
  attributedConversions(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('model', { type: () => AttributionModel, nullable: true, defaultValue: AttributionModel.LAST_TOUCH })
    model: AttributionModel | null,
    @Args('drillDown', { type: () => CampaignDrillDownInput, nullable: true }) drillDown: CampaignDrillDownInput | null,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ): Promise<Page<AttributedConversionModel> & { asOf: Date | null }> {
    return this.service.attributedConversions(principal.tenantId, filter, model, drillDown, page);
  }
}
