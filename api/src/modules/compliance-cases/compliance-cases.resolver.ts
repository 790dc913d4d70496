import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { ComplianceCasesService } from './compliance-cases.service';
import {
  CaseCommentModel,
  CaseUserModel,
  ComplianceCaseModel,
  ComplianceCaseUpdateModel,
} from './dtos/compliance-case.model';
import { ComplianceSavedViewModel, SaveComplianceViewInput } from './dtos/saved-view.model';
import { UpdateComplianceCasesInput } from './dtos/update-compliance-cases.input';
import { SavedViewsService } from './saved-views.service';

@Resolver()
export class ComplianceCasesResolver {
  constructor(
    private readonly cases: ComplianceCasesService,
    private readonly views: SavedViewsService,
  ) {}

  @Mutation(() => ComplianceCaseUpdateModel, {
    description:
      'One case action on the listed violations or all matching a filter (at most 5,000); cases the action does ' +
      'not apply to are skipped with a reason, the others changed and audited in one transaction',
  })
  @Roles('admin', 'compliance')
  updateComplianceCases(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => UpdateComplianceCasesInput }) input: UpdateComplianceCasesInput,
  ): Promise<ComplianceCaseUpdateModel> {
    return this.cases.update(principal, input);
  }

  @Query(() => ComplianceCaseModel, { description: 'A violation with its case: assignee, comments, history' })
  @Roles('admin', 'compliance', 'manager')
  complianceCase(
    @CurrentPrincipal() principal: Principal,
    @Args('violationId', { type: () => ID }) violationId: string,
  ): Promise<ComplianceCaseModel> {
    return this.cases.get(principal, violationId);
  }

  @Mutation(() => CaseCommentModel, { description: 'Adds a comment to a case (comments are never edited)' })
  @Roles('admin', 'compliance')
  addComplianceCaseComment(
    @CurrentPrincipal() principal: Principal,
    @Args('violationId', { type: () => ID }) violationId: string,
    @Args('body', { type: () => String }) body: string,
  ): Promise<CaseCommentModel> {
    return this.cases.addComment(principal, violationId, body);
  }

  @Query(() => [CaseUserModel], { description: 'Users who may own cases: active admin and compliance users' })
  @Roles('admin', 'compliance', 'manager')
  complianceAssignees(@CurrentPrincipal() principal: Principal): Promise<CaseUserModel[]> {
    return this.cases.assignees(principal);
  }

  @Query(() => [ComplianceSavedViewModel], { description: "The caller's saved views and the tenant's shared ones" })
  @Roles('admin', 'compliance', 'manager')
  complianceSavedViews(@CurrentPrincipal() principal: Principal): Promise<ComplianceSavedViewModel[]> {
    return this.views.list(principal);
  }

  @Mutation(() => ComplianceSavedViewModel, { description: 'Creates a view, or changes one the caller owns' })
  @Roles('admin', 'compliance', 'manager')
  saveComplianceView(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => SaveComplianceViewInput }) input: SaveComplianceViewInput,
  ): Promise<ComplianceSavedViewModel> {
    return this.views.save(principal, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a view the caller owns (admins: any view of the tenant)' })
  @Roles('admin', 'compliance', 'manager')
  deleteComplianceView(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.views.delete(principal, id);
  }
}
