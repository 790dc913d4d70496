import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BusinessAccountsModule } from '../business-accounts/business-accounts.module';
import { CampaignCode } from './campaign-code.entity';
import { CampaignSpend } from './campaign-spend.entity';
import { Campaign } from './campaign.entity';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsResolver } from './campaigns.resolver';
import { CampaignsService } from './campaigns.service';

@Module({
  imports: [TypeOrmModule.forFeature([Campaign, CampaignCode, CampaignSpend]), BusinessAccountsModule],
  providers: [CampaignsRepository, CampaignsService, CampaignsResolver],
  exports: [CampaignsRepository, CampaignsService],
})
export class CampaignsModule {}
