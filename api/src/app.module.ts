import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Clock } from './common/clock/clock';
import { ClockModule } from './common/clock/clock.module';
import type { AppConfig } from './common/config/app-config';
import { ConfigModule } from './common/config/config.module';
import { HttpExceptionFilter } from './common/errors/http-exception.filter';
import { DatabaseModule } from './database/database.module';
import { ApiGraphqlModule } from './graphql/graphql.module';
import { AccountHealthModule } from './modules/account-health/account-health.module';
import { AgentsModule } from './modules/agents/agents.module';
import { AlertsModule } from './modules/alerts/alerts.module';
import { ApiKeysModule } from './modules/api-keys/api-keys.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { BusinessAccountsModule } from './modules/business-accounts/business-accounts.module';
import { CampaignsModule } from './modules/campaigns/campaigns.module';
import { CampaignAnalyticsModule } from './modules/campaign-analytics/campaign-analytics.module';
import { ComplaintsModule } from './modules/complaints/complaints.module';
import { ConsentModule } from './modules/consent/consent.module';
import { CatalogModule } from './modules/catalog/catalog.module';
import { ComplianceModule } from './modules/compliance/compliance.module';
import { ComplianceReportModule } from './modules/compliance-report/compliance-report.module';
import { ComplianceCasesModule } from './modules/compliance-cases/compliance-cases.module';
import { EngagementModule } from './modules/engagement/engagement.module';
import { EventsApiModule } from './modules/events-api/events-api.module';
import { FunnelModule } from './modules/funnel/funnel.module';
import { HealthModule } from './modules/health/health.module';
import { MarketingSettingsModule } from './modules/marketing-settings/marketing-settings.module';
import { MetricsModule } from './modules/metrics/metrics.module';
import { MonitoringSettingsModule } from './modules/monitoring-settings/monitoring-settings.module';
import { OverviewModule } from './modules/overview/overview.module';
import { SatisfactionModule } from './modules/satisfaction/satisfaction.module';
import { SetupModule } from './modules/setup/setup.module';
import { SlaSettingsModule } from './modules/sla-settings/sla-settings.module';
import { SupportModule } from './modules/support/support.module';
import { TeamsModule } from './modules/teams/teams.module';
import { TemplateStatusHistoryModule } from './modules/template-status-history/template-status-history.module';
import { TemplatesModule } from './modules/templates/templates.module';
import { TenantSettingsModule } from './modules/tenant-settings/tenant-settings.module';
import { UsersModule } from './modules/users/users.module';
import { WarehouseModule } from './modules/warehouse/warehouse.module';
import { WebAppModule } from './modules/web-app/web-app.module';
import type { WarehouseHandle } from './modules/warehouse/warehouse';
import { WhatsAppModule } from './modules/whatsapp/whatsapp.module';

export interface AppModuleOptions {
  config: AppConfig;
  /** A ClickHouse client owned by the caller (tests); otherwise the app opens its own from the config. */
  warehouse?: Pick<WarehouseHandle, 'client' | 'database'>;
  /** The time source; tests pass a ManualClock to move time without sleeping. */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot({ config, warehouse, clock }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        MetricsModule,
        DatabaseModule,
        WarehouseModule.forRoot(warehouse),
        SetupModule,
        WhatsAppModule,
        EventsApiModule,
        HealthModule,
        ApiGraphqlModule,
        AuditModule,
        AuthModule,
        UsersModule,
        ApiKeysModule,
        TenantSettingsModule,
        BusinessAccountsModule,
        TeamsModule,
        AgentsModule,
        CampaignsModule,
        OverviewModule,
        TemplatesModule,
        EngagementModule,
        CampaignAnalyticsModule,
        ComplaintsModule,
        ConsentModule,
        AccountHealthModule,
        MarketingSettingsModule,
        SlaSettingsModule,
        SupportModule,
        MonitoringSettingsModule,
        AlertsModule,
        ComplianceModule,
        ComplianceReportModule,
        ComplianceCasesModule,
        CatalogModule,
        SatisfactionModule,
        TemplateStatusHistoryModule,
        FunnelModule,
        WebAppModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpExceptionFilter }],
    };
  }
}
