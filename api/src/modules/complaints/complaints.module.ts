import { Module } from '@nestjs/common';
import { AgentsModule } from '../agents/agents.module';
import { BusinessAccountsModule } from '../business-accounts/business-accounts.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { MonitoringSettingsModule } from '../monitoring-settings/monitoring-settings.module';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { OverviewRepository } from '../overview/overview.repository';
import { TenantSettingsModule } from '../tenant-settings/tenant-settings.module';
import { ComplaintsRepository } from './complaints.repository';
import { ComplaintsResolver } from './complaints.resolver';
import { ComplaintsService } from './complaints.service';

/** Complaint trends: daily and weekly complaint rates with spike detection, kinds, reasons and breakdowns. */
@Module({
  imports: [TenantSettingsModule, BusinessAccountsModule, AgentsModule, CampaignsModule, MonitoringSettingsModule],
  providers: [AnalyticsScopeFactory, OverviewRepository, ComplaintsRepository, ComplaintsService, ComplaintsResolver],
  exports: [ComplaintsService],
})
export class ComplaintsModule {}
