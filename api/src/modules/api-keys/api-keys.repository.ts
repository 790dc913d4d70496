import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { ApiKey } from './api-key.entity';

@Injectable()
export class ApiKeysRepository {
  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

  findByHash(keyHash: string): Promise<ApiKey | null> {
    return this.keys.findOneBy({ keyHash });
  }

  findById(tenantId: string, id: string): Promise<ApiKey | null> {
    return this.keys.findOneBy({ tenantId, id });
  }

  /** Newest first; `after` continues strictly after that key in this order. */
  async list(
    tenantId: string,
    limit: number,
    after?: { createdAt: Date; id: string },
  ): Promise<{ rows: ApiKey[]; totalCount: number }> {
    const totalCount = await this.keys.countBy({ tenantId });
    const query = this.keys.createQueryBuilder('k').where('k.tenantId = :tenantId', { tenantId });
    if (after) {
      const { createdAt, id } = after;
      query.andWhere(
        new Brackets((w) =>
          w.where('k.createdAt < :createdAt', { createdAt }).orWhere('k.createdAt = :createdAt AND k.id < :id', {
            createdAt,
            id,
          }),
        ),
      );
    }
    const rows = await query.orderBy('k.createdAt', 'DESC').addOrderBy('k.id', 'DESC').limit(limit).getMany();
    return { rows, totalCount };
  }

  async insert(key: Omit<ApiKey, 'tenant'>): Promise<void> {
    await this.keys.insert(key);
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
