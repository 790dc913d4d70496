import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { SlaSettings } from './sla-settings.entity';
import { SlaTarget } from './sla-target.entity';

/** Everything stored for a tenant; `settings` is null until the tenant first saves. */
export interface StoredSlaSettings {
  settings: SlaSettings | null;
  targets: SlaTarget[];
}

@Injectable()
export class SlaSettingsRepository {
  constructor(@InjectRepository(SlaSettings) private readonly settings: Repository<SlaSettings>) {}

  /** Runs `work` in one transaction; pass the manager to the reads and writes (and the audit entry) inside it. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.settings.manager.transaction(work);
  }

  async find(tenantId: string, manager: EntityManager = this.settings.manager): Promise<StoredSlaSettings> {
    // One after another: inside a transaction they share a single connection.
    const settings = await manager.getRepository(SlaSettings).findOneBy({ tenantId });
    const targets = await manager.getRepository(SlaTarget).findBy({ tenantId });
    return { settings, targets };
  }

  /** Replaces the tenant's row and its whole set of targets. */
  async replace(stored: { settings: SlaSettings; targets: SlaTarget[] }, manager: EntityManager): Promise<void> {
    const { tenantId } = stored.settings;
    await manager.getRepository(SlaSettings).save(stored.settings, { reload: false });
    await manager.getRepository(SlaTarget).delete({ tenantId });
    if (stored.targets.length > 0) await manager.getRepository(SlaTarget).insert(stored.targets);
  }
}
