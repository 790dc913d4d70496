import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles } from '../../common/auth/roles.decorator';
import { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { AccountHealthService } from './account-health.service';
import { AccountHealthModel } from './dtos/account-health.model';
import { AccountQualityChangeModel } from './dtos/account-quality-change.model';

@Resolver()
export class AccountHealthResolver {
  constructor(private readonly service: AccountHealthService) {}

  @Query(() => [AccountHealthModel], {
    description:
      "Quality, status, messaging limit and tier progress per WhatsApp account as of now; the filter's accounts and channels apply, its period does not",
  })
  @AllRoles()
  accountHealth(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
  ): Promise<AccountHealthModel[]> {
    return this.service.accountHealth(principal.tenantId, filter);
  }

  @Query(() => [AccountQualityChangeModel], {
    description: 'Every account.quality_changed event ever ingested for a business account, oldest first',
  })
  @AllRoles()
  accountQualityHistory(
    @CurrentPrincipal() principal: Principal,
    @Args('accountId', { type: () => ID }) accountId: string,
  ): Promise<AccountQualityChangeModel[]> {
    return this.service.accountQualityHistory(principal.tenantId, accountId);
  }
}
