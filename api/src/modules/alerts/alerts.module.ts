import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { BusinessAccount } from '../business-accounts/business-account.entity';
import { ComplaintsModule } from '../complaints/complaints.module';
import { IngestionModule } from '../ingestion/ingestion.module';
import { MonitoringSettingsModule } from '../monitoring-settings/monitoring-settings.module';
import { SatisfactionModule } from '../satisfaction/satisfaction.module';
import { SupportModule } from '../support/support.module';
import { TenantSettingsModule } from '../tenant-settings/tenant-settings.module';
import { AlertConditionsService } from './alert-conditions.service';
import { AlertDelivery } from './alert-delivery.entity';
import { AlertEvaluator } from './alert-evaluator';
import { AlertFiring } from './alert-firing.entity';
import { AlertRead } from './alert-read.entity';
import { AlertRule } from './alert-rule.entity';
import { AlertSettings } from './alert-settings.entity';
import { AlertScheduler } from './alert.scheduler';
import { AlertsWarehouseRepository } from './alerts-warehouse.repository';
import { AlertsRepository } from './alerts.repository';
import { AlertsResolver } from './alerts.resolver';
import { AlertsService } from './alerts.service';
import { AlertDeliveryWorker } from './delivery/alert-delivery.worker';
import { EmailSender } from './delivery/email.sender';
import { WebhookSender } from './delivery/webhook.sender';

/** Alert rules, their evaluation into stored firings, unread marks, and signed webhook and e-mail delivery. */
@Module({
  imports: [
    TypeOrmModule.forFeature([AlertRule, AlertFiring, AlertDelivery, AlertRead, AlertSettings, BusinessAccount]),
    AuditModule,
    TenantSettingsModule,
    ComplaintsModule,
    MonitoringSettingsModule,
    SatisfactionModule,
    SupportModule,
    IngestionModule,
  ],
  providers: [
    AlertsRepository,
    AlertsWarehouseRepository,
    AlertConditionsService,
    WebhookSender,
    EmailSender,
    AlertDeliveryWorker,
    AlertEvaluator,
    AlertScheduler,
    AlertsService,
    AlertsResolver,
  ],
  exports: [AlertsService, AlertEvaluator, AlertDeliveryWorker],
})
export class AlertsModule {}
