import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeyGuard } from '../../common/guards/api-key.guard';
import { AgentsModule } from '../agents/agents.module';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { BusinessAccount } from '../business-accounts/business-account.entity';
import { BusinessAccountsModule } from '../business-accounts/business-accounts.module';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { EngagementLabelsRepository } from '../engagement/engagement-labels.repository';
import { IngestionModule } from '../ingestion/ingestion.module';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { TenantSettingsModule } from '../tenant-settings/tenant-settings.module';
import { ConsentAnalyticsService } from './consent-analytics.service';
import { ConsentImportService } from './consent-import.service';
import { ConsentLedgerService } from './consent-ledger.service';
import { ConsentRecordsController } from './consent-records.controller';
import { ConsentViolationDetector } from './consent-violation.detector';
import { ConsentRepository } from './consent.repository';
import { ConsentResolver } from './consent.resolver';

/**
 * Consent: the ledger of a contact, import of consent records (GraphQL and POST /v1/consent-records), coverage of
 * business-initiated messages, opt-out honouring, and the consent violation detector the compliance engine runs.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([BusinessAccount, Campaign]),
    TenantSettingsModule,
    BusinessAccountsModule,
    AgentsModule,
    CampaignsModule,
    IngestionModule,
    ApiKeysModule,
  ],
  controllers: [ConsentRecordsController],
  providers: [
    AnalyticsScopeFactory,
    EngagementLabelsRepository,
    ConsentRepository,
    ConsentLedgerService,
    ConsentAnalyticsService,
    ConsentImportService,
    ConsentViolationDetector,
    ConsentResolver,
    ApiKeyGuard,
  ],
  exports: [ConsentViolationDetector, ConsentRepository, ConsentLedgerService, ConsentAnalyticsService],
})
export class ConsentModule {}
