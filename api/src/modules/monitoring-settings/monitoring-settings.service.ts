import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { parseInput } from '../../common/errors/parse-input';
import { AuditService } from '../audit/audit.service';
import type { MonitoringSettingsInput } from './dtos/monitoring-settings.input';
import { DEFAULT_MONITORING_SETTINGS, type MonitoringSettingsValue } from './monitoring-settings-value';
import type { MonitoringSettings } from './monitoring-settings.entity';
import { MonitoringSettingsRepository } from './monitoring-settings.repository';
import { monitoringSettingsSchema } from './monitoring-settings.validation';

const ENTITY = 'monitoring_settings';

/** The settings as the API shows them; `updatedAt` is null until first saved. */
export interface MonitoringSettingsView extends MonitoringSettingsValue {
  updatedAt: Date | null;
}

function view(stored: MonitoringSettings | null): MonitoringSettingsView {
  if (!stored) return { ...DEFAULT_MONITORING_SETTINGS, updatedAt: null };
  return {
    tierEra: stored.tierEra,
    complaintSpikeThreshold: stored.complaintSpikeThreshold,
    updatedAt: stored.updatedAt,
  };
}

@Injectable()
export class MonitoringSettingsService {
  constructor(
    private readonly settings: MonitoringSettingsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** What analytics use: tier era choice (default AUTO) and spike threshold (default null = mean + 3σ). */
  async forTenant(tenantId: string): Promise<MonitoringSettingsValue> {
    const { tierEra, complaintSpikeThreshold } = view(await this.settings.find(tenantId));
    return { tierEra, complaintSpikeThreshold };
  }

  async get(principal: Principal): Promise<MonitoringSettingsView> {
    return view(await this.settings.find(principal.tenantId));
  }

  /** Replaces both settings, audited in the same transaction. */
  async update(principal: Principal, input: MonitoringSettingsInput): Promise<MonitoringSettingsView> {
    const data = parseInput(monitoringSettingsSchema, input, 'input');
    const tenantId = principal.tenantId;
    return this.settings.transaction(async (manager) => {
      const before = view(await this.settings.find(tenantId, manager));
      const after: MonitoringSettingsView = { ...data, updatedAt: this.clock.now() };
      await this.settings.save({ tenantId, ...data, updatedAt: after.updatedAt! }, manager);
      await this.audit.record(
        principal,
        {
          action: `${ENTITY}.update`,
          entityType: ENTITY,
          entityId: tenantId,
          before: { tierEra: before.tierEra, complaintSpikeThreshold: before.complaintSpikeThreshold },
          after: { ...data },
        },
        manager,
      );
      return after;
    });
  }
}
