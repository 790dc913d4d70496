import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles, Roles } from '../../common/auth/roles.decorator';
import { PageInput } from '../../graphql/pagination';
import { BusinessAccountSettingsService } from './business-account-settings.service';
import { BusinessAccountInput } from './dtos/business-account.input';
import { BusinessAccountModel, BusinessAccountPage } from './dtos/business-account.model';

@Resolver(() => BusinessAccountModel)
export class BusinessAccountsResolver {
  constructor(private readonly service: BusinessAccountSettingsService) {}

  @Query(() => BusinessAccountPage)
  @AllRoles()
  businessAccounts(
    @CurrentPrincipal() principal: Principal,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<BusinessAccountPage> {
    return this.service.list(principal, page);
  }

  @Mutation(() => BusinessAccountModel)
  @Roles('admin')
  createBusinessAccount(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => BusinessAccountInput }) input: BusinessAccountInput,
  ): Promise<BusinessAccountModel> {
    return this.service.create(principal, input);
  }

  @Mutation(() => BusinessAccountModel)
  @Roles('admin')
  updateBusinessAccount(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => BusinessAccountInput }) input: BusinessAccountInput,
  ): Promise<BusinessAccountModel> {
    return this.service.update(principal, id, input);
  }

  @Mutation(() => Boolean)
  @Roles('admin')
  deleteBusinessAccount(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.service.delete(principal, id);
  }
}
