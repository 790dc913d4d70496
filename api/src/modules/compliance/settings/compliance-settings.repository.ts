import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { ComplianceSettingsRow } from '../compliance-settings.entity';
import { DEFAULT_COMPLIANCE_SETTINGS } from './compliance-settings-defaults';
import type { ComplianceSettings } from './compliance-settings-value';

/** The tenant's stored compliance settings, as the value detectors read (defaults when never saved). */
@Injectable()
export class ComplianceSettingsRepository {
  constructor(@InjectRepository(ComplianceSettingsRow) private readonly rows: Repository<ComplianceSettingsRow>) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.rows.manager.transaction(work);
  }

  async find(tenantId: string, manager: EntityManager = this.rows.manager): Promise<ComplianceSettings> {
    const row = await manager.getRepository(ComplianceSettingsRow).findOneBy({ tenantId });
    return row === null ? DEFAULT_COMPLIANCE_SETTINGS : settingsOf(row);
  }

  async save(tenantId: string, settings: ComplianceSettings, manager: EntityManager): Promise<void> {
    const row: ComplianceSettingsRow = {
      tenantId,
      frequencyCapEnabled: settings.frequencyCap.enabled,
      frequencyCapCount: settings.frequencyCap.count,
      frequencyCapWindowHours: settings.frequencyCap.windowHours,
      quietHoursEnabled: settings.quietHours.enabled,
      quietHoursStartMinute: settings.quietHours.startMinute,
      quietHoursEndMinute: settings.quietHours.endMinute,
      contentRuleOverrides:
        settings.contentRuleOverrides === null ? null : JSON.stringify(settings.contentRuleOverrides),
      revision: settings.revision,
      updatedAt: settings.updatedAt!,
      updatedBy: settings.updatedBy,
    };
    await manager.getRepository(ComplianceSettingsRow).save(row, { reload: false });
  }
}

function settingsOf(row: ComplianceSettingsRow): ComplianceSettings {
  return {
    frequencyCap: {
      enabled: row.frequencyCapEnabled,
      count: row.frequencyCapCount,
      windowHours: row.frequencyCapWindowHours,
    },
    quietHours: {
      enabled: row.quietHoursEnabled,
      startMinute: row.quietHoursStartMinute,
      endMinute: row.quietHoursEndMinute,
    },
    contentRuleOverrides: row.contentRuleOverrides === null ? null : (JSON.parse(row.contentRuleOverrides) as unknown),
    revision: row.revision,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}
