import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentsModule } from '../agents/agents.module';
import { BusinessAccount } from '../business-accounts/business-account.entity';
import { BusinessAccountsModule } from '../business-accounts/business-accounts.module';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { EngagementLabelsRepository } from '../engagement/engagement-labels.repository';
import { MonitoringSettingsModule } from '../monitoring-settings/monitoring-settings.module';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { OverviewRepository } from '../overview/overview.repository';
import { TenantSettingsModule } from '../tenant-settings/tenant-settings.module';
import { ComplaintEventsService } from './complaint-events.service';
import { ComplaintsRepository } from './complaints.repository';
import { ComplaintsResolver } from './complaints.resolver';
import { ComplaintsService } from './complaints.service';

/**
 * Complaint trends: daily and weekly complaint rates with spike detection, kinds, reasons and breakdowns, and the
 * complaints behind them.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([BusinessAccount, Campaign]),
    TenantSettingsModule,
    BusinessAccountsModule,
    AgentsModule,
    CampaignsModule,
    MonitoringSettingsModule,
  ],
  providers: [
    AnalyticsScopeFactory,
    OverviewRepository,
    ComplaintsRepository,
    EngagementLabelsRepository,
    ComplaintsService,
    ComplaintEventsService,
    ComplaintsResolver,
  ],
  exports: [ComplaintsService],
})
export class ComplaintsModule {}
