import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { parseInput } from '../../common/errors/parse-input';
import { AuditService } from '../audit/audit.service';
import type { Tenant } from '../tenants/tenant.entity';
import { TenantsService } from '../tenants/tenants.service';
import type { TenantSettingsInput } from './dtos/tenant-settings.input';
import type { TenantSettings } from './tenant-settings.entity';
import { TenantSettingsRepository } from './tenant-settings.repository';
import { tenantSettingsSchema } from './tenant-settings.validation';

export const DEFAULT_TIME_ZONE = 'UTC';

/** Until a tenant saves its own, Monday to Friday 09:00–18:00. */
const DEFAULT_BUSINESS_HOURS = [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, opens: '09:00', closes: '18:00' }));

export interface TenantSettingsView extends TenantSettings {
  tenant: Tenant;
}

function auditView(settings: TenantSettings): Record<string, unknown> {
  return { timeZone: settings.timeZone, businessHours: settings.businessHours, holidays: settings.holidays };
}

@Injectable()
export class TenantSettingsService {
  constructor(
    private readonly settings: TenantSettingsRepository,
    private readonly tenants: TenantsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The tenant's settings, or the defaults (UTC, weekdays 09–18, no holidays) when never saved. */
  async forTenant(tenantId: string): Promise<TenantSettings> {
    const tenant = await this.tenants.get(tenantId);
    return (
      (await this.settings.find(tenantId)) ?? {
        tenantId,
        timeZone: DEFAULT_TIME_ZONE,
        businessHours: DEFAULT_BUSINESS_HOURS,
        holidays: [],
        updatedAt: tenant.createdAt,
      }
    );
  }

  /** The tenant's IANA time zone (analytics periods are calendar days in it). */
  async timeZone(tenantId: string): Promise<string> {
    return (await this.forTenant(tenantId)).timeZone;
  }

  async get(principal: Principal): Promise<TenantSettingsView> {
    const [tenant, settings] = await Promise.all([
      this.tenants.get(principal.tenantId),
      this.forTenant(principal.tenantId),
    ]);
    return { ...settings, tenant };
  }

  async update(principal: Principal, input: TenantSettingsInput): Promise<TenantSettingsView> {
    const data = parseInput(tenantSettingsSchema, input, 'input');
    const before = await this.forTenant(principal.tenantId);
    const after: TenantSettings = {
      tenantId: principal.tenantId,
      timeZone: data.timeZone ?? before.timeZone,
      businessHours: data.businessHours
        ? [...data.businessHours].sort((a, b) => a.dayOfWeek - b.dayOfWeek || a.opens.localeCompare(b.opens))
        : before.businessHours,
      holidays: data.holidays ? [...new Set(data.holidays)].sort() : before.holidays,
      updatedAt: this.clock.now(),
    };
    await this.settings.save(after);
    await this.audit.record(principal, {
      action: 'tenant_settings.update',
      entityType: 'tenant_settings',
      entityId: principal.tenantId,
      before: auditView(before),
      after: auditView(after),
    });
    return { ...after, tenant: await this.tenants.get(principal.tenantId) };
  }
}
