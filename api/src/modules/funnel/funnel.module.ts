import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentsModule } from '../agents/agents.module';
import { BusinessAccountsModule } from '../business-accounts/business-accounts.module';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { MarketingSettingsModule } from '../marketing-settings/marketing-settings.module';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { TenantSettingsModule } from '../tenant-settings/tenant-settings.module';
import { FunnelRepository } from './funnel.repository';
import { FunnelResolver } from './funnel.resolver';
import { FunnelService } from './funnel.service';

/** The message funnel per channel or campaign: delivery, reading, replies, conversions, opt-outs, cost. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Campaign]),
    TenantSettingsModule,
    BusinessAccountsModule,
    AgentsModule,
    CampaignsModule,
    MarketingSettingsModule,
  ],
  providers: [AnalyticsScopeFactory, FunnelRepository, FunnelService, FunnelResolver],
})
export class FunnelModule {}
