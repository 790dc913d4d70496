import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentsModule } from '../agents/agents.module';
import { BusinessAccountsModule } from '../business-accounts/business-accounts.module';
import { CampaignCode } from '../campaigns/campaign-code.entity';
import { CampaignSpend } from '../campaigns/campaign-spend.entity';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { MarketingSettingsModule } from '../marketing-settings/marketing-settings.module';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { TenantSettingsModule } from '../tenant-settings/tenant-settings.module';
import { CampaignAnalyticsRepository } from './campaign-analytics.repository';
import { CampaignAnalyticsResolver } from './campaign-analytics.resolver';
import { CampaignAnalyticsService } from './campaign-analytics.service';

/** Campaigns page: source attribution of conversations and conversions, spend, cost and ROAS. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Campaign, CampaignCode, CampaignSpend]),
    TenantSettingsModule,
    BusinessAccountsModule,
    AgentsModule,
    CampaignsModule,
    MarketingSettingsModule,
  ],
  providers: [AnalyticsScopeFactory, CampaignAnalyticsRepository, CampaignAnalyticsService, CampaignAnalyticsResolver],
})
export class CampaignAnalyticsModule {}
