import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { BusinessAccountsRepository } from '../business-accounts/business-accounts.repository';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignsRepository } from '../campaigns/campaigns.repository';
import { sumSpend, type CampaignView } from '../campaigns/campaigns.service';

/** The tenant's campaigns behind funnel rows, by the key events carry, as the Campaign type shows them. */
@Injectable()
export class FunnelCampaignsRepository {
  constructor(
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    @Inject(CampaignsRepository) private readonly details: Pick<CampaignsRepository, 'codesFor' | 'spendFor'>,
    @Inject(BusinessAccountsRepository) private readonly accounts: Pick<BusinessAccountsRepository, 'findMany'>,
  ) {}

  /** Campaigns of the tenant among these keys with their account, codes and spend; unknown keys are absent. */
  async byKeys(tenantId: string, keys: string[]): Promise<CampaignView[]> {
    if (!keys.length) return [];
    const rows = await this.campaigns.findBy({ tenantId, key: In(keys) });
    const ids = rows.map((row) => row.id);
    const accountIds = [...new Set(rows.flatMap((row) => (row.accountId ? [row.accountId] : [])))];
    const [codes, spend, accounts] = await Promise.all([
      this.details.codesFor(ids),
      this.details.spendFor(ids),
      this.accounts.findMany(tenantId, accountIds),
    ]);
    return rows.map((row) => {
      const days = spend.filter((s) => s.campaignId === row.id).map(({ date, amount }) => ({ date, amount }));
      return {
        ...row,
        account: accounts.find((a) => a.id === row.accountId) ?? null,
        codes: codes.filter((c) => c.campaignId === row.id).map(({ kind, value }) => ({ kind, value })),
        spend: days,
        totalSpend: sumSpend(days),
      };
    });
  }
}
