import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Agent } from '../agents/agent.entity';
import { AgentsModule } from '../agents/agents.module';
import { BusinessAccount } from '../business-accounts/business-account.entity';
import { BusinessAccountsModule } from '../business-accounts/business-accounts.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { SlaSettingsModule } from '../sla-settings/sla-settings.module';
import { Team } from '../teams/team.entity';
import { TenantSettingsModule } from '../tenant-settings/tenant-settings.module';
import { SupportLabelsRepository } from './support-labels.repository';
import { SupportRepository } from './support.repository';
import { SupportResolver } from './support.resolver';
import { SupportService } from './support.service';

/** Support analytics: first response, reply and resolution times, workload and SLA attainment. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Agent, Team, BusinessAccount]),
    TenantSettingsModule,
    SlaSettingsModule,
    BusinessAccountsModule,
    AgentsModule,
    CampaignsModule,
  ],
  providers: [AnalyticsScopeFactory, SupportRepository, SupportLabelsRepository, SupportService, SupportResolver],
  exports: [SupportService],
})
export class SupportModule {}
