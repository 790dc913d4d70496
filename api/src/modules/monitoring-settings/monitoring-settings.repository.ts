import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { MonitoringSettings } from './monitoring-settings.entity';

@Injectable()
export class MonitoringSettingsRepository {
  constructor(@InjectRepository(MonitoringSettings) private readonly settings: Repository<MonitoringSettings>) {}

  /** Runs `work` in one transaction; pass the manager to the reads and writes (and the audit entry) inside it. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.settings.manager.transaction(work);
  }

  /** The tenant's row; null until the tenant first saves. */
  find(tenantId: string, manager: EntityManager = this.settings.manager): Promise<MonitoringSettings | null> {
    return manager.getRepository(MonitoringSettings).findOneBy({ tenantId });
  }

  async save(settings: MonitoringSettings, manager: EntityManager): Promise<void> {
    await manager.getRepository(MonitoringSettings).save(settings, { reload: false });
  }
}
