import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles } from '../../common/auth/roles.decorator';
import { PageInput, type Page } from '../../graphql/pagination';
import { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { TemplateStatusChangeModel, TemplateStatusChangePage } from './dtos/template-status-change.model';
import { TemplateStatusHistoryService } from './template-status-history.service';

@Resolver()
export class TemplateStatusHistoryResolver {
  constructor(private readonly service: TemplateStatusHistoryService) {}

  @Query(() => TemplateStatusChangePage, {
    description:
      "Template status and quality changes in the period, newest first, each with the state before it; the filter's accounts and channels apply",
  })
  @AllRoles()
  templateStatusHistory(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('templateName', { type: () => String, nullable: true, description: 'Only this template (exact name)' })
    templateName: string | null,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ): Promise<Page<TemplateStatusChangeModel>> {
    return this.service.templateStatusHistory(principal.tenantId, filter, templateName ?? null, page);
  }
}
