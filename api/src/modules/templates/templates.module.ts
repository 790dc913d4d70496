import { Module } from '@nestjs/common';
import { AgentsModule } from '../agents/agents.module';
import { BusinessAccountsModule } from '../business-accounts/business-accounts.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { TenantSettingsModule } from '../tenant-settings/tenant-settings.module';
import { TemplatesRepository } from './templates.repository';
import { TemplatesResolver } from './templates.resolver';
import { TemplatesService } from './templates.service';

/** Template analytics: per-template funnels, platform state history and failure reasons, from ClickHouse. */
@Module({
  imports: [TenantSettingsModule, BusinessAccountsModule, AgentsModule, CampaignsModule],
  providers: [AnalyticsScopeFactory, TemplatesRepository, TemplatesService, TemplatesResolver],
})
export class TemplatesModule {}
