import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentsModule } from '../agents/agents.module';
import { BusinessAccount } from '../business-accounts/business-account.entity';
import { BusinessAccountsModule } from '../business-accounts/business-accounts.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { MonitoringSettingsModule } from '../monitoring-settings/monitoring-settings.module';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { TenantSettingsModule } from '../tenant-settings/tenant-settings.module';
import { AccountHealthRepository } from './account-health.repository';
import { AccountHealthResolver } from './account-health.resolver';
import { AccountHealthService } from './account-health.service';

/** Quality and tier status: current state, business-initiated reach and tier progress, and the quality history. */
@Module({
  imports: [
    TypeOrmModule.forFeature([BusinessAccount]),
    TenantSettingsModule,
    BusinessAccountsModule,
    AgentsModule,
    CampaignsModule,
    MonitoringSettingsModule,
  ],
  providers: [AnalyticsScopeFactory, AccountHealthRepository, AccountHealthService, AccountHealthResolver],
})
export class AccountHealthModule {}
