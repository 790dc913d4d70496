import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentsModule } from '../agents/agents.module';
import { AuditModule } from '../audit/audit.module';
import { BusinessAccountsModule } from '../business-accounts/business-accounts.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { CatalogItemsModule } from '../catalog/catalog-items.module';
import { CatalogViolationDetector } from '../catalog/catalog-violation.detector';
import { ConsentViolationDetector } from '../consent/consent-violation.detector';
import { ConsentModule } from '../consent/consent.module';
import { IngestionModule } from '../ingestion/ingestion.module';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { TenantSettingsModule } from '../tenant-settings/tenant-settings.module';
import { ComplianceDetectionState } from './compliance-detection-state.entity';
import { ComplianceSettingsRow } from './compliance-settings.entity';
import { ComplianceViolation } from './compliance-violation.entity';
import { ComplianceResolver } from './compliance.resolver';
import { ContentRuleCategoriesResolver } from './content-rule-categories.resolver';
import { ContentRuleCategoriesService } from './content-rule-categories.service';
import { ContentDetector } from './detection/content.detector';
import { DetectionEngine } from './detection/detection-engine';
import { DetectionWarehouseRepository } from './detection/detection-warehouse.repository';
import { DetectionScheduler } from './detection/detection.scheduler';
import { FrequencyCapDetector } from './detection/frequency-cap.detector';
import { OutsideWindowDetector } from './detection/outside-window.detector';
import { PlatformEnforcementDetector } from './detection/platform-enforcement.detector';
import { QuietHoursDetector } from './detection/quiet-hours.detector';
import { violationDetectorsProvider } from './detection/violation-detectors.provider';
import { ComplianceSettingsRepository } from './settings/compliance-settings.repository';
import { ComplianceSettingsService } from './settings/compliance-settings.service';
import { ViolationsRepository } from './violations.repository';
import { ViolationsService } from './violations.service';

/**
 * Compliance violations: detection of every kind over the warehouse into the relational store (incremental every
 * interval, full re-runs when the rules change), the rule settings, and the violations API.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ComplianceViolation, ComplianceSettingsRow, ComplianceDetectionState]),
    AuditModule,
    TenantSettingsModule,
    BusinessAccountsModule,
    AgentsModule,
    CampaignsModule,
    IngestionModule,
    ConsentModule,
    CatalogItemsModule,
  ],
  providers: [
    AnalyticsScopeFactory,
    DetectionWarehouseRepository,
    OutsideWindowDetector,
    FrequencyCapDetector,
    QuietHoursDetector,
    PlatformEnforcementDetector,
    ContentDetector,
    violationDetectorsProvider(
      ConsentViolationDetector,
      ContentDetector,
      CatalogViolationDetector,
      OutsideWindowDetector,
      FrequencyCapDetector,
      QuietHoursDetector,
      PlatformEnforcementDetector,
    ),
    ViolationsRepository,
    ComplianceSettingsRepository,
    DetectionEngine,
    DetectionScheduler,
    ComplianceSettingsService,
    ViolationsService,
    ComplianceResolver,
    ContentRuleCategoriesService,
    ContentRuleCategoriesResolver,
  ],
  exports: [
    ComplianceSettingsRepository,
    DetectionEngine,
    DetectionScheduler,
    ComplianceSettingsService,
    ViolationsRepository,
    ViolationsService,
  ],
})
export class ComplianceModule {}
