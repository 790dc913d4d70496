import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { BusinessAccount } from './business-account.entity';

export type NewBusinessAccount = Pick<BusinessAccount, 'tenantId' | 'channel' | 'externalId'> &
  Partial<Pick<BusinessAccount, 'wabaId' | 'displayPhoneNumber' | 'displayName'>>;

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
}
