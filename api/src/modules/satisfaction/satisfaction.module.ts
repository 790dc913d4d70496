import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Agent } from '../agents/agent.entity';
import { AgentsModule } from '../agents/agents.module';
import { BusinessAccountsModule } from '../business-accounts/business-accounts.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { Team } from '../teams/team.entity';
import { TenantSettingsModule } from '../tenant-settings/tenant-settings.module';
import { SatisfactionDirectoryRepository } from './satisfaction-directory.repository';
import { SatisfactionRepository } from './satisfaction.repository';
import { SatisfactionResolver } from './satisfaction.resolver';
import { SatisfactionService } from './satisfaction.service';

/** NPS and CSAT: scores, answer classes and response rates per agent, team, channel, day and week; comments. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Agent, Team]),
    TenantSettingsModule,
    BusinessAccountsModule,
    AgentsModule,
    CampaignsModule,
  ],
  providers: [
    AnalyticsScopeFactory,
    SatisfactionRepository,
    SatisfactionDirectoryRepository,
    SatisfactionService,
    SatisfactionResolver,
  ],
  exports: [SatisfactionService],
})
export class SatisfactionModule {}
