import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { PageInput, type Page } from '../../graphql/pagination';
import type { DetectionRunResult } from './detection/detection-run';
import { ComplianceSettingsInput, ComplianceSettingsModel } from './dtos/compliance-settings.model';
import { ViolationTrendInterval } from './dtos/compliance.enums';
import { ViolationFilterInput } from './dtos/violation-filter.input';
import { DetectionRunModel, ViolationModel, ViolationPage, ViolationTrendPointModel } from './dtos/violation.model';
import type { ComplianceSettings } from './settings/compliance-settings-value';
import { ComplianceSettingsService } from './settings/compliance-settings.service';
import { ViolationsService } from './violations.service';

@Resolver()
export class ComplianceResolver {
  constructor(
    private readonly violations: ViolationsService,
    private readonly settings: ComplianceSettingsService,
  ) {}

  @Query(() => ViolationPage, { description: 'Compliance violations of the period, newest first' })
  @Roles('admin', 'compliance', 'manager')
  complianceViolations(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => ViolationFilterInput }) filter: ViolationFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ): Promise<Page<ViolationModel>> {
    return this.violations.list(principal, filter, page);
  }

  @Query(() => ViolationModel, { description: 'One violation (NOT_FOUND for ids of other tenants)' })
  @Roles('admin', 'compliance', 'manager')
  complianceViolation(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ViolationModel> {
    return this.violations.get(principal, id);
  }

  @Query(() => [ViolationTrendPointModel], { description: 'Violations per day or week of the period, by kind' })
  @Roles('admin', 'compliance', 'manager')
  complianceViolationTrend(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => ViolationFilterInput }) filter: ViolationFilterInput,
    @Args('interval', { type: () => ViolationTrendInterval, nullable: true, defaultValue: ViolationTrendInterval.DAY })
    interval: ViolationTrendInterval,
  ): Promise<ViolationTrendPointModel[]> {
    return this.violations.trend(principal, filter, interval);
  }

  @Query(() => ComplianceSettingsModel, { description: "The tenant's frequency cap, quiet hours and content rules" })
  @Roles('admin', 'compliance', 'manager')
  complianceSettings(@CurrentPrincipal() principal: Principal): Promise<ComplianceSettings> {
    return this.settings.get(principal);
  }

  @Mutation(() => ComplianceSettingsModel, {
    description: 'Changes the compliance rules (audited); violations are then re-detected over the whole history',
  })
  @Roles('admin', 'compliance')
  updateComplianceSettings(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => ComplianceSettingsInput }) input: ComplianceSettingsInput,
  ): Promise<ComplianceSettings> {
    return this.settings.update(principal, input);
  }

  @Mutation(() => DetectionRunModel, {
    description: 'Re-detects violations of [from, to) now (both omitted: the whole history) and reports the changes',
  })
  @Roles('admin', 'compliance')
  redetectViolations(
    @CurrentPrincipal() principal: Principal,
    @Args('from', { type: () => Date, nullable: true }) from: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to: Date | null,
  ): Promise<DetectionRunResult> {
    return this.violations.redetect(principal, from ?? null, to ?? null);
  }
}
