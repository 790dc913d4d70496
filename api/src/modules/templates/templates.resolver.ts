import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles } from '../../common/auth/roles.decorator';
import { PageInput, type Page } from '../../graphql/pagination';
import { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { FailureReasonModel } from './dtos/failure-reason.model';
import { TemplateChangeModel } from './dtos/template-change.model';
import { TemplateStatsModel, TemplateStatsPage } from './dtos/template-stats.model';
import { TemplatesService } from './templates.service';

@Resolver()
export class TemplatesResolver {
  constructor(private readonly service: TemplatesService) {}

  @Query(() => TemplateStatsPage, { description: 'Per template over the period, most sent first' })
  @AllRoles()
  templates(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
    @Args('search', { type: () => String, nullable: true, description: 'Part of the template name, any case' })
    search: string | null,
  ): Promise<Page<TemplateStatsModel> & { asOf: Date | null }> {
    return this.service.templates(principal.tenantId, filter, page, search);
  }

  @Query(() => [TemplateChangeModel], {
    description: 'Every template.updated event ever ingested for the template, oldest first',
  })
  @AllRoles()
  templateHistory(
    @CurrentPrincipal() principal: Principal,
    @Args('name', { type: () => String }) name: string,
    @Args('language', { type: () => String, nullable: true }) language: string | null,
    @Args('accountId', { type: () => ID, nullable: true, description: 'BusinessAccount.id (its number or its WABA)' })
    accountId: string | null,
  ): Promise<TemplateChangeModel[]> {
    return this.service.templateHistory(principal.tenantId, name, language, accountId);
  }

  @Query(() => [FailureReasonModel], {
    description: "The template's failed messages in the period by channel and error code",
  })
  @AllRoles()
  templateFailures(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('name', { type: () => String }) name: string,
    @Args('language', { type: () => String, nullable: true }) language: string | null,
  ): Promise<FailureReasonModel[]> {
    return this.service.templateFailures(principal.tenantId, filter, name, language);
  }
}
