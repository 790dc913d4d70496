import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { TenantSettings } from './tenant-settings.entity';

@Injectable()
export class TenantSettingsRepository {
  constructor(@InjectRepository(TenantSettings) private readonly settings: Repository<TenantSettings>) {}

  find(tenantId: string): Promise<TenantSettings | null> {
    return this.settings.findOneBy({ tenantId });
  }

  /** Insert or replace the tenant's row (one row per tenant, keyed by tenant id). */
  async save(settings: TenantSettings): Promise<void> {
    await this.settings.save(settings, { reload: false });
  }
}
