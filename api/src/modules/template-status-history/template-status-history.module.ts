import { Module } from '@nestjs/common';
import { AgentsModule } from '../agents/agents.module';
import { BusinessAccountsModule } from '../business-accounts/business-accounts.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { TenantSettingsModule } from '../tenant-settings/tenant-settings.module';
import { TemplateStatusHistoryRepository } from './template-status-history.repository';
import { TemplateStatusHistoryResolver } from './template-status-history.resolver';
import { TemplateStatusHistoryService } from './template-status-history.service';

/** Template quality and status history: every template.updated event with the state before it. */
@Module({
  imports: [TenantSettingsModule, BusinessAccountsModule, AgentsModule, CampaignsModule],
  providers: [
    AnalyticsScopeFactory,
    TemplateStatusHistoryRepository,
    TemplateStatusHistoryService,
    TemplateStatusHistoryResolver,
  ],
})
export class TemplateStatusHistoryModule {}
