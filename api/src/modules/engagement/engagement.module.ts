import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentsModule } from '../agents/agents.module';
import { BusinessAccount } from '../business-accounts/business-account.entity';
import { BusinessAccountsModule } from '../business-accounts/business-accounts.module';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { TenantSettingsModule } from '../tenant-settings/tenant-settings.module';
import { EngagementLabelsRepository } from './engagement-labels.repository';
import { EngagementRepository } from './engagement.repository';
import { EngagementResolver } from './engagement.resolver';
import { EngagementService } from './engagement.service';

/** Engagement analytics: read times and rates by channel, account, template, category, campaign and hour of week. */
@Module({
  imports: [
    TypeOrmModule.forFeature([BusinessAccount, Campaign]),
    TenantSettingsModule,
    BusinessAccountsModule,
    AgentsModule,
    CampaignsModule,
  ],
  providers: [
    AnalyticsScopeFactory,
    EngagementRepository,
    EngagementLabelsRepository,
    EngagementService,
    EngagementResolver,
  ],
})
export class EngagementModule {}
