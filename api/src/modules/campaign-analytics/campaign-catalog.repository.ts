import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { BusinessAccount } from '../business-accounts/business-account.entity';
import { BusinessAccountsRepository } from '../business-accounts/business-accounts.repository';
import { CampaignCode } from '../campaigns/campaign-code.entity';
import { CampaignSpend } from '../campaigns/campaign-spend.entity';
import { Campaign } from '../campaigns/campaign.entity';
import type { CampaignView } from '../campaigns/campaigns.service';
import { sumSpend } from '../campaigns/campaigns.service';

/** Every campaign of a tenant with its account, codes and spend by day: what matching and spend need. */
@Injectable()
export class CampaignCatalogRepository {
  constructor(
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    @InjectRepository(CampaignCode) private readonly codes: Repository<CampaignCode>,
    @InjectRepository(CampaignSpend) private readonly spend: Repository<CampaignSpend>,
    private readonly accounts: BusinessAccountsRepository,
  ) {}

  async campaignsOf(tenantId: string): Promise<CampaignView[]> {
    const rows = await this.campaigns.find({ where: { tenantId }, order: { key: 'ASC' } });
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const accountIds = [...new Set(rows.map((row) => row.accountId).filter((id): id is string => id !== null))];
    const [codes, spend, accounts] = await Promise.all([
      this.codes.find({ where: { campaignId: In(ids) }, order: { campaignId: 'ASC', position: 'ASC' } }),
      this.spend.find({ where: { campaignId: In(ids) }, order: { campaignId: 'ASC', date: 'ASC' } }),
      this.accounts.findMany(tenantId, accountIds),
    ]);
    const accountById = new Map<string, BusinessAccount>(accounts.map((account) => [account.id, account]));
    return rows.map((row) => {
      const days = spend.filter((s) => s.campaignId === row.id).map(({ date, amount }) => ({ date, amount }));
      return {
        ...row,
        account: row.accountId ? (accountById.get(row.accountId) ?? null) : null,
        codes: codes.filter((c) => c.campaignId === row.id).map(({ kind, value }) => ({ kind, value })),
        spend: days,
        totalSpend: sumSpend(days),
      };
    });
  }
}
