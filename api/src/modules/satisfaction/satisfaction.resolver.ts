import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { AllRoles, Roles } from '../../common/auth/roles.decorator';
import { PageInput, type Page } from '../../graphql/pagination';
import { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { SatisfactionGroupBy, SurveyKind } from './dtos/satisfaction.enums';
import { SatisfactionModel } from './dtos/satisfaction.model';
import { SurveyCommentModel, SurveyCommentPage } from './dtos/survey-comment.model';
import { SatisfactionService } from './satisfaction.service';

@Resolver()
export class SatisfactionResolver {
  constructor(private readonly service: SatisfactionService) {}

  @Query(() => SatisfactionModel, {
    description:
      'NPS (% promoters 9–10 − % detractors 0–6) and CSAT (share of 4–5) with n and response rate, for the period and per group',
  })
  @AllRoles()
  satisfaction(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('groupBy', { type: () => SatisfactionGroupBy }) groupBy: SatisfactionGroupBy,
  ): Promise<SatisfactionModel> {
    return this.service.satisfaction(principal.tenantId, filter, groupBy);
  }

  @Query(() => SurveyCommentPage, {
    description: 'Survey answers with a comment, newest first (customer-written text: admin and compliance only)',
  })
  @Roles('admin', 'compliance')
  surveyComments(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput,
    @Args('survey', { type: () => SurveyKind, nullable: true, description: 'Only this survey; both when omitted' })
    survey: SurveyKind | null,
    @Args('maxScore', { type: () => Int, nullable: true, description: 'Only answers scoring at most this (0..10)' })
    maxScore: number | null,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ): Promise<Page<SurveyCommentModel>> {
    return this.service.surveyComments(principal.tenantId, filter, survey ?? null, maxScore ?? null, page);
  }
}
