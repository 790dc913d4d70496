import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { queryRows } from '@checkmark/schemas/warehouse';
import { In, Repository } from 'typeorm';
import { BusinessAccount } from '../business-accounts/business-account.entity';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { WAREHOUSE, type WarehouseHandle } from '../warehouse/warehouse';
import { accountQualityHistoryQuery, type AccountQualityHistoryRow } from './queries/account-quality-history.query';
import { accountQualityStatesQuery, type AccountQualityStateRow } from './queries/account-quality-states.query';
import {
  businessInitiatedReachQuery,
  type BusinessInitiatedReachRow,
  type CombinedReachRow,
  type PortfolioReachRow,
} from './queries/business-initiated-reach.query';

/** The channel whose accounts have messaging tiers. */
export const TIER_CHANNEL = 'whatsapp';

/** Account health reads: quality states and reach from ClickHouse, registered accounts from the relational store. */
@Injectable()
export class AccountHealthRepository {
  constructor(
    @Inject(WAREHOUSE) private readonly warehouse: Pick<WarehouseHandle, 'client' | 'database'>,
    @InjectRepository(BusinessAccount) private readonly accounts: Repository<BusinessAccount>,
  ) {}

  qualityStates(scope: AnalyticsScope): Promise<AccountQualityStateRow[]> {
    return this.run(accountQualityStatesQuery, filterParams(scope));
  }

  /** Every WhatsApp account's latest state, whatever the filter (portfolios span the filtered accounts). */
  tierQualityStates(tenantId: string): Promise<AccountQualityStateRow[]> {
    return this.run(accountQualityStatesQuery, {
      tenant: tenantId,
      filterAccounts: false,
      accounts: [],
      filterChannels: true,
      channels: [TIER_CHANNEL],
    });
  }

  reach(scope: AnalyticsScope, now: Date): Promise<BusinessInitiatedReachRow[]> {
    return this.run(businessInitiatedReachQuery, { ...filterParams(scope), nowMs: now.getTime() });
  }

  /** Reach per portfolio of the WhatsApp numbers in `members` (external account id → portfolio id). */
  portfolioReach(tenantId: string, members: ReadonlyMap<string, string>, now: Date): Promise<PortfolioReachRow[]> {
    if (!members.size) return Promise.resolve([]);
    return this.run((db) => businessInitiatedReachQuery(db, 'portfolio'), {
      tenant: tenantId,
      filterAccounts: true,
      accounts: [...members.keys()],
      filterChannels: true,
      channels: [TIER_CHANNEL],
      tierChannel: TIER_CHANNEL,
      portfolioAccounts: [...members.keys()],
      portfolioIds: [...members.values()],
      nowMs: now.getTime(),
    });
  }

  /**
   * Reach per account and per portfolio in one read, for an unfiltered list (`scope` must not narrow accounts):
   * the numbers in `members` (external account id → portfolio id) add up into their portfolios.
   */
  async reachWithPortfolios(
    scope: AnalyticsScope,
    members: ReadonlyMap<string, string>,
    now: Date,
  ): Promise<{ accounts: BusinessInitiatedReachRow[]; portfolios: PortfolioReachRow[] }> {
    const rows = await this.run<CombinedReachRow>((db) => businessInitiatedReachQuery(db, 'both'), {
      ...filterParams(scope),
      tierChannel: TIER_CHANNEL,
      portfolioAccounts: ['', ...members.keys()],
      portfolioIds: ['', ...members.values()],
      nowMs: now.getTime(),
    });
    return {
      accounts: rows.filter((row) => row.part === 'account'),
      portfolios: rows.filter((row) => row.part === 'portfolio' && row.portfolio_id !== ''),
    };
  }

  history(tenantId: string, channel: string, externalId: string): Promise<AccountQualityHistoryRow[]> {
    return this.run(accountQualityHistoryQuery, { tenant: tenantId, channel, account: externalId });
  }

  /** The tenant's registered WhatsApp accounts, narrowed to these external ids when given. */
  tierAccounts(tenantId: string, externalIds: string[] | null): Promise<BusinessAccount[]> {
    if (externalIds !== null && !externalIds.length) return Promise.resolve([]);
    return this.accounts.findBy({
      tenantId,
      channel: TIER_CHANNEL,
      ...(externalIds === null ? {} : { externalId: In(externalIds) }),
    });
  }

  /** Registered accounts of the tenant among these external ids (any channel). */
  accountsByExternalIds(tenantId: string, externalIds: string[]): Promise<BusinessAccount[]> {
    if (!externalIds.length) return Promise.resolve([]);
    return this.accounts.findBy({ tenantId, externalId: In(externalIds) });
  }

  findAccount(tenantId: string, id: string): Promise<BusinessAccount | null> {
    return this.accounts.findOneBy({ tenantId, id });
  }

  private run<T>(query: (database: string) => string, params: Record<string, unknown>): Promise<T[]> {
    return queryRows<T>(this.warehouse.client, query(this.warehouse.database), params);
  }
}

function filterParams(scope: AnalyticsScope): Record<string, unknown> {
  return {
    tenant: scope.tenantId,
    filterAccounts: scope.accountIds !== null,
    accounts: scope.accountIds ?? [],
    filterChannels: scope.channels !== null,
    channels: scope.channels ?? [],
  };
}
