import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, In, Not, Repository } from 'typeorm';
import { ConflictError } from '../../common/errors/conflict.error';
import { Campaign } from '../campaigns/campaign.entity';
import { BusinessAccount } from './business-account.entity';
import { constraintViolation } from '../../database/constraint-violation';

export type NewBusinessAccount = Pick<BusinessAccount, 'tenantId' | 'channel' | 'externalId'> &
  Partial<Pick<BusinessAccount, 'wabaId' | 'displayPhoneNumber' | 'displayName'>>;

/** The editable fields of an account. */
export type BusinessAccountValues = Pick<
  BusinessAccount,
  'channel' | 'externalId' | 'wabaId' | 'displayPhoneNumber' | 'displayName' | 'verified'
>;

export interface BusinessAccountListQuery {
  tenantId: string;
  limit: number;
  /** Continue after this sort key (channel, then external id). */
  after?: { channel: string; externalId: string };
}

/** Thrown by `delete` when campaigns still point at the account. */
export class BusinessAccountInUseError extends ConflictError {
  constructor() {
    super('the account is used by campaigns; move or delete them first', 'id');
  }
}

@Injectable()
export class BusinessAccountsRepository {
  constructor(@InjectRepository(BusinessAccount) private readonly accounts: Repository<BusinessAccount>) {}

  findByExternalIds(channel: string, externalIds: string[]): Promise<BusinessAccount[]> {
    if (!externalIds.length) return Promise.resolve([]);
    return this.accounts.findBy({ channel, externalId: In(externalIds) });
  }

  findByWabaIds(channel: string, wabaIds: string[]): Promise<BusinessAccount[]> {
    if (!wabaIds.length) return Promise.resolve([]);
    return this.accounts.findBy({ channel, wabaId: In(wabaIds) });
  }

  /** Registers accounts that are not known yet; an account registered meanwhile keeps its tenant. */
  async insertIfAbsent(accounts: NewBusinessAccount[]): Promise<void> {
    if (!accounts.length) return;
    await this.accounts
      .createQueryBuilder()
      .insert()
      .values(
        accounts.map((a) => ({
          id: randomUUID(),
          tenantId: a.tenantId,
          channel: a.channel,
          externalId: a.externalId,
          wabaId: a.wabaId ?? null,
          displayPhoneNumber: a.displayPhoneNumber ?? null,
          displayName: a.displayName ?? null,
          verified: false,
        })),
      )
      .orIgnore()
      .execute();
  }

  /** Runs `work` in one transaction; pass the manager to the writes (and the audit entry) inside it. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.accounts.manager.transaction(work);
  }

  findOne(tenantId: string, id: string, manager?: EntityManager): Promise<BusinessAccount | null> {
    return this.repo(manager).findOneBy({ tenantId, id });
  }

  findMany(tenantId: string, ids: string[], manager?: EntityManager): Promise<BusinessAccount[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.repo(manager).findBy({ tenantId, id: In(ids) });
  }

  async list(query: BusinessAccountListQuery): Promise<{ rows: BusinessAccount[]; totalCount: number }> {
    const base = this.accounts.createQueryBuilder('a').where('a.tenantId = :tenantId', { tenantId: query.tenantId });
    const totalCount = await base.clone().getCount();
    const page = base.clone();
    if (query.after) {
      const { channel, externalId } = query.after;
      page.andWhere(
        new Brackets((w) =>
          w
            .where('a.channel > :channel', { channel })
            .orWhere('a.channel = :channel AND a.externalId > :externalId', { channel, externalId }),
        ),
      );
    }
    const rows = await page.orderBy('a.channel', 'ASC').addOrderBy('a.externalId', 'ASC').limit(query.limit).getMany();
    return { rows, totalCount };
  }

  /** Inserts a new account; CONFLICT when its channel and external id are registered already (by any tenant). */
  async insert(tenantId: string, values: BusinessAccountValues, manager: EntityManager): Promise<BusinessAccount> {
    const id = randomUUID();
    await this.write(manager, values, id, () => this.repo(manager).insert({ id, tenantId, ...values }));
    return this.repo(manager).findOneByOrFail({ tenantId, id });
  }

  async update(
    tenantId: string,
    id: string,
    values: BusinessAccountValues,
    manager: EntityManager,
  ): Promise<BusinessAccount> {
    await this.write(manager, values, id, () => this.repo(manager).update({ tenantId, id }, values));
    return this.repo(manager).findOneByOrFail({ tenantId, id });
  }

  /** Deletes the account; BusinessAccountInUseError while campaigns reference it (the foreign key has the last word). */
  async delete(tenantId: string, id: string, manager: EntityManager): Promise<void> {
    if (await manager.getRepository(Campaign).existsBy({ tenantId, accountId: id }))
      throw new BusinessAccountInUseError();
    try {
      await this.repo(manager).delete({ tenantId, id });
    } catch (error) {
      if (constraintViolation(error) === 'foreign_key') throw new BusinessAccountInUseError();
      throw error;
    }
  }

  /** External ids (the account_id events carry) of the tenant's accounts among `ids`; others are absent. */
  async externalIdsFor(tenantId: string, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await this.accounts.find({ select: { externalId: true }, where: { tenantId, id: In(ids) } });
    return rows.map((row) => row.externalId);
  }

  private repo(manager?: EntityManager): Repository<BusinessAccount> {
    return manager ? manager.getRepository(BusinessAccount) : this.accounts;
  }

  /** Runs an insert or update; a taken (channel, external id) is CONFLICT, checked first and enforced by the index. */
  private async write(
    manager: EntityManager,
    values: Pick<BusinessAccount, 'channel' | 'externalId'>,
    id: string,
    run: () => Promise<unknown>,
  ): Promise<void> {
    const taken = () =>
      new ConflictError('an account with this channel and external id is registered already', 'externalId');
    const { channel, externalId } = values;
    if (await this.repo(manager).existsBy({ channel, externalId, id: Not(id) })) throw taken();
    try {
      await run();
    } catch (error) {
      if (constraintViolation(error) === 'unique') throw taken();
      throw error;
    }
  }
}
