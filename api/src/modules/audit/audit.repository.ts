import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEntry } from './audit-entry.entity';

/** Rows per INSERT: 11 columns each, well under SQLite's bound-parameter limit. */
const INSERT_BATCH = 50;

export interface AuditListQuery {
  tenantId: string;
  entityType?: string;
  limit: number;
  /** Continue after this entry (newest first: strictly older, or same time and smaller id). */
  after?: { at: Date; id: string };
}

@Injectable()
export class AuditRepository {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Inserts through `manager` when given, so the entry commits or rolls back with the change it records. */
  async insert(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    // save() rather than insert(): insert's deep-partial typing rejects the free-form JSON columns.
    await (manager ?? this.entries.manager).getRepository(AuditEntry).save(entry, { reload: false });
  }

  /** Inserts many entries in a few statements (bulk case changes), through `manager` like `insert`. */
  async insertMany(entries: readonly AuditEntry[], manager?: EntityManager): Promise<void> {
    const repository = (manager ?? this.entries.manager).getRepository(AuditEntry);
    for (let i = 0; i < entries.length; i += INSERT_BATCH) {
      // The JSON columns' transformer turns before/after into text, as save() does.
      await repository.insert(entries.slice(i, i + INSERT_BATCH) as QueryDeepPartialEntity<AuditEntry>[]);
    }
  }

  /** Every entry about one entity, oldest first. */
  history(tenantId: string, entityType: string, entityId: string): Promise<AuditEntry[]> {
    return this.entries.find({ where: { tenantId, entityType, entityId }, order: { at: 'ASC', id: 'ASC' } });
  }

  async list(query: AuditListQuery): Promise<{ rows: AuditEntry[]; totalCount: number }> {
    const base = this.entries.createQueryBuilder('e').where('e.tenantId = :tenantId', { tenantId: query.tenantId });
    if (query.entityType) base.andWhere('e.entityType = :entityType', { entityType: query.entityType });
    const totalCount = await base.clone().getCount();
    const page = base.clone();
    if (query.after) {
      const { at, id } = query.after;
      page.andWhere(
        new Brackets((w) => w.where('e.at < :at', { at }).orWhere('e.at = :at AND e.id < :id', { at, id })),
      );
    }
    const rows = await page.orderBy('e.at', 'DESC').addOrderBy('e.id', 'DESC').limit(query.limit).getMany();
    return { rows, totalCount };
  }
}
