import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles, Roles } from '../../common/auth/roles.decorator';
import { PageInput } from '../../graphql/pagination';
import { CampaignsService } from './campaigns.service';
import { CampaignInput } from './dtos/campaign.input';
import { CampaignModel, CampaignPage } from './dtos/campaign.model';
import { DailySpendInput } from './dtos/daily-spend.input';

@Resolver(() => CampaignModel)
export class CampaignsResolver {
  constructor(private readonly service: CampaignsService) {}

  @Query(() => CampaignPage)
  @AllRoles()
  campaigns(
    @CurrentPrincipal() principal: Principal,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('search', { type: () => String, nullable: true }) search?: string,
  ): Promise<CampaignPage> {
    return this.service.list(principal, page, search);
  }

  @Query(() => CampaignModel, { description: "NOT_FOUND for other tenants' ids" })
  @AllRoles()
  campaign(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CampaignModel> {
    return this.service.get(principal, id);
  }

  @Mutation(() => CampaignModel)
  @Roles('admin', 'marketer')
  createCampaign(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => CampaignInput }) input: CampaignInput,
  ): Promise<CampaignModel> {
    return this.service.create(principal, input);
  }

  @Mutation(() => CampaignModel)
  @Roles('admin', 'marketer')
  updateCampaign(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => CampaignInput }) input: CampaignInput,
  ): Promise<CampaignModel> {
    return this.service.update(principal, id, input);
  }

  @Mutation(() => Boolean)
  @Roles('admin', 'marketer')
  deleteCampaign(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.service.delete(principal, id);
  }

  @Mutation(() => CampaignModel, { description: 'Replaces the days given; other days keep their amounts' })
  @Roles('admin', 'marketer')
  setCampaignSpend(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('spend', { type: () => [DailySpendInput] }) spend: DailySpendInput[],
  ): Promise<CampaignModel> {
    return this.service.setSpend(principal, id, spend);
  }
}
