import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../common/config/app-config';
import { Agent } from '../modules/agents/agent.entity';
import { AlertDelivery } from '../modules/alerts/alert-delivery.entity';
import { AlertFiring } from '../modules/alerts/alert-firing.entity';
import { AlertRead } from '../modules/alerts/alert-read.entity';
import { AlertRule } from '../modules/alerts/alert-rule.entity';
import { AlertSettings } from '../modules/alerts/alert-settings.entity';
import { ApiKey } from '../modules/api-keys/api-key.entity';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { LoginFailure } from '../modules/auth/login-failure.entity';
import { BusinessAccount } from '../modules/business-accounts/business-account.entity';
import { CampaignCode } from '../modules/campaigns/campaign-code.entity';
import { CatalogItem } from '../modules/catalog/catalog-item.entity';
import { ComplianceCaseComment } from '../modules/compliance-cases/compliance-case-comment.entity';
import { ComplianceSavedView } from '../modules/compliance-cases/compliance-saved-view.entity';
import { ComplianceDetectionState } from '../modules/compliance/compliance-detection-state.entity';
import { ComplianceSettingsRow } from '../modules/compliance/compliance-settings.entity';
import { ComplianceViolation } from '../modules/compliance/compliance-violation.entity';
import { CampaignSpend } from '../modules/campaigns/campaign-spend.entity';
import { Campaign } from '../modules/campaigns/campaign.entity';
import { ExchangeRate } from '../modules/marketing-settings/exchange-rate.entity';
import { MarketingSettings } from '../modules/marketing-settings/marketing-settings.entity';
import { MessagePrice } from '../modules/marketing-settings/message-price.entity';
import { MonitoringSettings } from '../modules/monitoring-settings/monitoring-settings.entity';
import { SlaSettings } from '../modules/sla-settings/sla-settings.entity';
import { SlaTarget } from '../modules/sla-settings/sla-target.entity';
import { Team } from '../modules/teams/team.entity';
import { Session } from '../modules/sessions/session.entity';
import { TenantSettings } from '../modules/tenant-settings/tenant-settings.entity';
import { Tenant } from '../modules/tenants/tenant.entity';
import { User } from '../modules/users/user.entity';
import { WebhookConfig } from '../modules/webhook-configs/webhook-config.entity';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [
  Tenant,
  ApiKey,
  BusinessAccount,
  WebhookConfig,
  AuditEntry,
  User,
  Session,
  LoginFailure,
  TenantSettings,
  Team,
  Agent,
  Campaign,
  CampaignCode,
  CampaignSpend,
  MarketingSettings,
  ExchangeRate,
  MessagePrice,
  SlaSettings,
  SlaTarget,
  MonitoringSettings,
  AlertRule,
  AlertFiring,
  AlertDelivery,
  AlertRead,
  AlertSettings,
  ComplianceSettingsRow,
  ComplianceViolation,
  ComplianceDetectionState,
  ComplianceCaseComment,
  ComplianceSavedView,
  CatalogItem,
];

/** One description of the relational store for both engines; the schema only ever changes through migrations. */
export function dataSourceOptions(config: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: ['error' as const],
  };
  if (config.kind === 'postgres') return { ...common, type: 'postgres', url: config.url };
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.path,
    // WAL lets health checks and lookups read while a write is in progress.
    prepareDatabase: (db: { pragma(statement: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    },
  };
}
