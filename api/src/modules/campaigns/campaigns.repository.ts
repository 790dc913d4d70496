import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, In, Not, Repository } from 'typeorm';
import { ConflictError } from '../../common/errors/conflict.error';
import { constraintViolation } from '../../database/constraint-violation';
import { CampaignCode } from './campaign-code.entity';
import { CampaignSpend } from './campaign-spend.entity';
import { Campaign } from './campaign.entity';
import type { CampaignValues } from './dtos/campaign.input';

export type CampaignFields = Omit<CampaignValues, 'codes'>;

export interface CampaignListQuery {
  tenantId: string;
  /** Case-insensitive substring of the name or key. */
  search?: string;
  limit: number;
  /** Continue after this sort key (name, then id). */
  after?: { name: string; id: string };
}

/** Rows per multi-row insert: well under SQLite's bound-parameter limit. */
const CHUNK = 200;

/** `LIKE` pattern matching `text` literally anywhere (`\` escapes `%`, `_` and itself). */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

@Injectable()
export class CampaignsRepository {
  constructor(@InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>) {}

  /** Runs `work` in one transaction; pass the manager to the writes (and the audit entry) inside it. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.campaigns.manager.transaction(work);
  }

  findOne(tenantId: string, id: string, manager?: EntityManager): Promise<Campaign | null> {
    return this.repo(manager).findOneBy({ tenantId, id });
  }

  async list(query: CampaignListQuery): Promise<{ rows: Campaign[]; totalCount: number }> {
    const base = this.campaigns.createQueryBuilder('c').where('c.tenantId = :tenantId', { tenantId: query.tenantId });
    if (query.search) {
      const pattern = containsPattern(query.search);
      base.andWhere(
        new Brackets((w) =>
          w
            .where("LOWER(c.name) LIKE :pattern ESCAPE '\\'", { pattern })
            .orWhere("LOWER(c.key) LIKE :pattern ESCAPE '\\'", { pattern }),
        ),
      );
    }
    const totalCount = await base.clone().getCount();
    const page = base.clone();
    if (query.after) {
      const { name, id } = query.after;
      page.andWhere(
        new Brackets((w) => w.where('c.name > :name', { name }).orWhere('c.name = :name AND c.id > :id', { name, id })),
      );
    }
    const rows = await page.orderBy('c.name', 'ASC').addOrderBy('c.id', 'ASC').limit(query.limit).getMany();
    return { rows, totalCount };
  }

  /** Codes of the campaigns, in the order they were entered. */
  codesFor(campaignIds: string[], manager?: EntityManager): Promise<CampaignCode[]> {
    if (!campaignIds.length) return Promise.resolve([]);
    return this.manager(manager)
      .getRepository(CampaignCode)
      .find({ where: { campaignId: In(campaignIds) }, order: { campaignId: 'ASC', position: 'ASC' } });
  }

  /** Spend by day of the campaigns, oldest day first. */
  spendFor(campaignIds: string[], manager?: EntityManager): Promise<CampaignSpend[]> {
    if (!campaignIds.length) return Promise.resolve([]);
    return this.manager(manager)
      .getRepository(CampaignSpend)
      .find({ where: { campaignId: In(campaignIds) }, order: { campaignId: 'ASC', date: 'ASC' } });
  }

  /** Inserts a campaign; CONFLICT when the tenant has a campaign with the key. */
  async insert(tenantId: string, fields: CampaignFields, manager: EntityManager): Promise<Campaign> {
    const id = randomUUID();
    await this.write(manager, tenantId, fields.key, id, () => this.repo(manager).insert({ id, tenantId, ...fields }));
    return this.repo(manager).findOneByOrFail({ tenantId, id });
  }

  async update(tenantId: string, id: string, fields: CampaignFields, manager: EntityManager): Promise<Campaign> {
    await this.write(manager, tenantId, fields.key, id, () => this.repo(manager).update({ tenantId, id }, fields));
    return this.repo(manager).findOneByOrFail({ tenantId, id });
  }

  /** Replaces all codes of a campaign (the caller checked that it belongs to the tenant). */
  async replaceCodes(campaignId: string, codes: CampaignValues['codes'], manager: EntityManager): Promise<void> {
    const repo = manager.getRepository(CampaignCode);
    await repo.delete({ campaignId });
    const rows = codes.map((code, position) => ({ campaignId, kind: code.kind, value: code.value, position }));
    for (let i = 0; i < rows.length; i += CHUNK) await repo.insert(rows.slice(i, i + CHUNK));
  }

  /** Sets the amount of each given day, inserting days that have none yet; other days stay as they are. */
  async upsertSpend(
    tenantId: string,
    campaignId: string,
    days: { date: string; amount: number }[],
    manager: EntityManager,
  ): Promise<void> {
    const rows = days.map((day) => ({ campaignId, date: day.date, amount: day.amount }));
    for (let i = 0; i < rows.length; i += CHUNK) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(CampaignSpend)
        .values(rows.slice(i, i + CHUNK))
        .orUpdate(['amount'], ['campaign_id', 'date'])
        .execute();
    }
    await manager
      .createQueryBuilder()
      .update(Campaign)
      .set({ updatedAt: () => 'CURRENT_TIMESTAMP' })
      .where('tenant_id = :tenantId AND id = :campaignId', { tenantId, campaignId })
      .execute();
  }

  /** Deletes the campaign with its codes and spend. */
  async delete(tenantId: string, id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(CampaignCode).delete({ campaignId: id });
    await manager.getRepository(CampaignSpend).delete({ campaignId: id });
    await this.repo(manager).delete({ tenantId, id });
  }

  /** The tenant's campaigns by key: every one, or those among `keys` (the campaign_id events carry). */
  findByKeys(tenantId: string, keys: string[] | null): Promise<Campaign[]> {
    if (keys?.length === 0) return Promise.resolve([]);
    return this.campaigns.find({ where: { tenantId, ...(keys ? { key: In(keys) } : {}) }, order: { key: 'ASC' } });
  }

  /** Keys (the campaign_id events carry) of the tenant's campaigns among `ids`; others are absent. */
  async keysFor(tenantId: string, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await this.campaigns.find({ select: { key: true }, where: { tenantId, id: In(ids) } });
    return rows.map((row) => row.key);
  }

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.campaigns.manager;
  }

  private repo(manager?: EntityManager): Repository<Campaign> {
    return this.manager(manager).getRepository(Campaign);
  }

  /** Runs an insert or update; a key the tenant uses is CONFLICT, checked first and enforced by the index. */
  private async write(
    manager: EntityManager,
    tenantId: string,
    key: string,
    id: string,
    run: () => Promise<unknown>,
  ): Promise<void> {
    const taken = () => new ConflictError('a campaign with this key exists', 'key');
    if (await this.repo(manager).existsBy({ tenantId, key, id: Not(id) })) throw taken();
    try {
      await run();
    } catch (error) {
      if (constraintViolation(error) === 'unique') throw taken();
      throw error;
    }
  }
}
