import { Module } from '@nestjs/common';
import { AgentsModule } from '../agents/agents.module';
import { BusinessAccountsModule } from '../business-accounts/business-accounts.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ComplianceModule } from '../compliance/compliance.module';
import { TenantSettingsModule } from '../tenant-settings/tenant-settings.module';
import { AnalyticsScopeFactory } from './analytics-scope.factory';
import { OverviewRepository } from './overview.repository';
import { OverviewResolver } from './overview.resolver';
import { OverviewService } from './overview.service';

/** Overview analytics: the dashboard's headline figures, computed in ClickHouse (and open violations from the case store) for a filter. */
@Module({
  imports: [TenantSettingsModule, BusinessAccountsModule, AgentsModule, CampaignsModule, ComplianceModule],
  providers: [AnalyticsScopeFactory, OverviewRepository, OverviewService, OverviewResolver],
})
export class OverviewModule {}
