import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentsModule } from '../agents/agents.module';
import { AuthModule } from '../auth/auth.module';
import { BusinessAccount } from '../business-accounts/business-account.entity';
import { BusinessAccountsModule } from '../business-accounts/business-accounts.module';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ComplianceViolation } from '../compliance/compliance-violation.entity';
import { ComplianceModule } from '../compliance/compliance.module';
import { ConsentModule } from '../consent/consent.module';
import { IngestionModule } from '../ingestion/ingestion.module';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { TenantSettingsModule } from '../tenant-settings/tenant-settings.module';
import { Tenant } from '../tenants/tenant.entity';
import { ComplianceExportsService } from './compliance-exports.service';
import { ComplianceReportController } from './compliance-report.controller';
import { ComplianceReportRepository } from './compliance-report.repository';
import { ComplianceReportResolver } from './compliance-report.resolver';
import { ComplianceReportService } from './compliance-report.service';
import { DownloadAuthGuard } from './download-auth.guard';

/**
 * The compliance report (GraphQL complianceReport, PDF and CSV downloads) and the violation and consent-ledger
 * downloads. It composes the services the consent and compliance modules export, and only reads.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ComplianceViolation, BusinessAccount, Campaign, Tenant]),
    AuthModule,
    TenantSettingsModule,
    BusinessAccountsModule,
    AgentsModule,
    CampaignsModule,
    IngestionModule,
    ConsentModule,
    ComplianceModule,
  ],
  controllers: [ComplianceReportController],
  providers: [
    AnalyticsScopeFactory,
    ComplianceReportRepository,
    ComplianceReportService,
    ComplianceExportsService,
    ComplianceReportResolver,
    DownloadAuthGuard,
  ],
})
export class ComplianceReportModule {}
