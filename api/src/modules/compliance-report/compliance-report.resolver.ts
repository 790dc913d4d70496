import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { ComplianceReportService } from './compliance-report.service';
import { ComplianceReportInput } from './dtos/compliance-report.input';
import { ComplianceReportModel } from './dtos/compliance-report.model';

@Resolver()
export class ComplianceReportResolver {
  constructor(private readonly reports: ComplianceReportService) {}

  @Query(() => ComplianceReportModel, {
    description:
      'The compliance report of a period and scope (evidence snippets only for admin and compliance); PDF and CSV at /v1/compliance/report.pdf|.csv',
  })
  @Roles('admin', 'compliance', 'manager')
  complianceReport(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { type: () => ComplianceReportInput }) input: ComplianceReportInput,
  ): Promise<ComplianceReportModel> {
    return this.reports.report(principal, input);
  }
}
