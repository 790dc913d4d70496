import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { BusinessAccount } from '../business-accounts/business-account.entity';
import { Campaign } from '../campaigns/campaign.entity';

/** Display names for engagement groups from the relational store, within one tenant only. */
@Injectable()
export class EngagementLabelsRepository {
  constructor(
    @InjectRepository(BusinessAccount) private readonly accounts: Repository<BusinessAccount>,
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
  ) {}

  /** Registered accounts of the tenant among these external ids (any channel). */
  accountsByExternalIds(tenantId: string, externalIds: string[]): Promise<BusinessAccount[]> {
    if (!externalIds.length) return Promise.resolve([]);
    return this.accounts.findBy({ tenantId, externalId: In(externalIds) });
  }

  /** The tenant's campaigns among these keys (the campaign_id events carry). */
  campaignsByKeys(tenantId: string, keys: string[]): Promise<Campaign[]> {
    if (!keys.length) return Promise.resolve([]);
    return this.campaigns.find({ select: { key: true, name: true }, where: { tenantId, key: In(keys) } });
  }
}
