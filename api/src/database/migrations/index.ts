import { CreateTenancy0000000000001 } from './0001-create-tenancy';
import { CreateUsersSessionsAudit0000000000002 } from './0002-create-users-sessions-audit';
import { CreateSettings0000000000003 } from './0003-create-settings';
import { TeamExternalId0000000000004 } from './0004-team-external-id';
import { MarketingSettings0000000000005 } from './0005-marketing-settings';
import { SlaMonitoringSettings0000000000006 } from './0006-sla-monitoring-settings';
import { Alerts0000000000007 } from './0007-alerts';
import { Compliance0000000000008 } from './0008-compliance';
import { ComplianceCases0000000000009 } from './0009-compliance-cases';
import { CatalogItems0000000000010 } from './0010-catalog-items';

/** Every relational migration, in order. Add new ones here with the next number. */
export const MIGRATIONS = [
  CreateTenancy0000000000001,
  CreateUsersSessionsAudit0000000000002,
  CreateSettings0000000000003,
  TeamExternalId0000000000004,
  MarketingSettings0000000000005,
  SlaMonitoringSettings0000000000006,
  Alerts0000000000007,
  Compliance0000000000008,
  ComplianceCases0000000000009,
  CatalogItems0000000000010,
];
