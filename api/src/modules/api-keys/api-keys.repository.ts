import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ApiKey } from './api-key.entity';

@Injectable()
export class ApiKeysRepository {
  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

  findByHash(keyHash: string): Promise<ApiKey | null> {
    return this.keys.findOneBy({ keyHash });
  }

  /** Inserts unless a key with the same hash exists (a concurrent start may have won). */
  async insertIfAbsent(key: Omit<ApiKey, 'createdAt' | 'tenant'>): Promise<void> {
    await this.keys.createQueryBuilder().insert().values(key).orIgnore().execute();
  }

  async update(
    id: string,
    changes: Partial<Pick<ApiKey, 'lastUsedAt' | 'revokedAt' | 'role' | 'tenantId'>>,
  ): Promise<void> {
    await this.keys.update({ id }, changes);
  }
}
