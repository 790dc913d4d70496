import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, In, type DataSource, type EntityManager } from 'typeorm';
import type { DetectionRange } from '../compliance/detection/violation-detector';
import { BusinessAccount } from '../business-accounts/business-account.entity';
import { CatalogItem } from './catalog-item.entity';

const ID_BATCH = 500;

export interface CatalogItemQuery {
  tenantId: string;
  /** Case-insensitive substring of the item id or the title. */
  search: string | null;
  includeRemoved: boolean;
}

/** The relational reads and writes of catalog items (always per tenant). */
@Injectable()
export class CatalogItemsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findByIds(manager: EntityManager, tenantId: string, itemIds: readonly string[]): Promise<CatalogItem[]> {
    const rows: CatalogItem[] = [];
    for (let i = 0; i < itemIds.length; i += ID_BATCH) {
      rows.push(
        ...(await manager.getRepository(CatalogItem).findBy({ tenantId, itemId: In(itemIds.slice(i, i + ID_BATCH)) })),
      );
    }
    return rows;
  }

  async save(manager: EntityManager, items: CatalogItem[]): Promise<void> {
    for (let i = 0; i < items.length; i += ID_BATCH) {
      await manager.getRepository(CatalogItem).save(items.slice(i, i + ID_BATCH), { reload: false });
    }
  }

  /** Items in item id order after `afterItemId`, at most `limit`, with the count of all matching. */
  async page(query: CatalogItemQuery, afterItemId: string | null, limit: number): Promise<[CatalogItem[], number]> {
    const builder = this.dataSource
      .getRepository(CatalogItem)
      .createQueryBuilder('i')
      .where('i.tenant_id = :tenantId', { tenantId: query.tenantId });
    if (!query.includeRemoved) builder.andWhere('i.removed_at IS NULL');
    if (query.search) {
      // LOWER on both sides: PostgreSQL folds every script, SQLite only ASCII (other letters then match as written).
      const pattern = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere(
        new Brackets((b) =>
          b
            .where("LOWER(i.item_id) LIKE LOWER(:pattern) ESCAPE '\\'", { pattern })
            .orWhere("LOWER(i.title) LIKE LOWER(:pattern) ESCAPE '\\'", { pattern }),
        ),
      );
    }
    const total = await builder.getCount();
    if (afterItemId !== null) builder.andWhere('i.item_id > :afterItemId', { afterItemId });
    const rows = await builder.orderBy('i.item_id', 'ASC').take(limit).getMany();
    return [rows, total];
  }

  /** Items not removed whose content last changed in the range. */
  live(tenantId: string, range: DetectionRange): Promise<CatalogItem[]> {
    return this.dataSource
      .getRepository(CatalogItem)
      .createQueryBuilder('i')
      .where('i.tenant_id = :tenantId', { tenantId })
      .andWhere('i.removed_at IS NULL')
      .andWhere('i.updated_at >= :from AND i.updated_at < :to', { from: range.from, to: range.to })
      .orderBy('i.item_id', 'ASC')
      .getMany();
  }

  /** When the tenant's first item was imported (removed ones included); null without items. */
  async earliestCreatedAt(tenantId: string): Promise<Date | null> {
    const row = await this.dataSource
      .getRepository(CatalogItem)
      .findOne({ where: { tenantId }, order: { createdAt: 'ASC' }, select: { createdAt: true } });
    return row?.createdAt ?? null;
  }

  /** Last-change instants of the live items in the range (the engine's active months). */
  async liveUpdatedAt(tenantId: string, range: DetectionRange): Promise<Date[]> {
    const rows = await this.dataSource
      .getRepository(CatalogItem)
      .createQueryBuilder('i')
      .select(['i.tenantId', 'i.itemId', 'i.updatedAt'])
      .where('i.tenant_id = :tenantId', { tenantId })
      .andWhere('i.removed_at IS NULL')
      .andWhere('i.updated_at >= :from AND i.updated_at < :to', { from: range.from, to: range.to })
      .getMany();
    return rows.map((row) => row.updatedAt);
  }

  /** Channel of each registered business account of the tenant, by external id. */
  async accountChannels(tenantId: string, externalIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(externalIds.filter((id) => id !== ''))];
    const channels = new Map<string, string>();
    for (let i = 0; i < ids.length; i += ID_BATCH) {
      const accounts = await this.dataSource
        .getRepository(BusinessAccount)
        .find({ where: { tenantId, externalId: In(ids.slice(i, i + ID_BATCH)) }, order: { channel: 'ASC' } });
      for (const account of accounts) {
        if (!channels.has(account.externalId)) channels.set(account.externalId, account.channel);
      }
    }
    return channels;
  }
}
