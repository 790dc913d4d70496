import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { NotFoundError } from '../../common/errors/not-found.error';
import { pageRequest, paginate, type Page, type PageInput } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import type { BusinessAccount } from '../business-accounts/business-account.entity';
import { BusinessAccountsRepository } from '../business-accounts/business-accounts.repository';
import { parseInput } from '../../common/errors/parse-input';
import type { CampaignCodeKind } from './campaign-code-kind';
import type { Campaign } from './campaign.entity';
import { CampaignsRepository } from './campaigns.repository';
import { campaignInputSchema, type CampaignInput, type CampaignValues } from './dtos/campaign.input';
import { dailySpendSchema, type DailySpendInput } from './dtos/daily-spend.input';

const ENTITY = 'campaign';
const MAX_SEARCH = 200;

export type CampaignView = Campaign & {
  account: BusinessAccount | null;
  codes: { kind: CampaignCodeKind; value: string }[];
  spend: { date: string; amount: number }[];
  totalSpend: number;
};

/** Sum of amounts kept to the 4 decimal places they are stored with (no binary-fraction noise). */
export function sumSpend(days: { amount: number }[]): number {
  return Math.round(days.reduce((sum, day) => sum + day.amount * 1e4, 0)) / 1e4;
}

function snapshot(campaign: CampaignView) {
  const { id, key, name, channel, accountId, sourceKind, codes, templateName, startsOn, endsOn, currency, totalSpend } =
    campaign;
  return { id, key, name, channel, accountId, sourceKind, codes, templateName, startsOn, endsOn, currency, totalSpend };
}

@Injectable()
export class CampaignsService {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly accounts: BusinessAccountsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The tenant's campaigns by name; `search` matches a substring of the name or key, ignoring case. */
  async list(principal: Principal, page?: PageInput | null, search?: string | null): Promise<Page<CampaignView>> {
    const request = pageRequest(page, 2);
    const text = search?.trim() ?? '';
    if (text.length > MAX_SEARCH) {
      throw new BadUserInputError([{ path: 'search', message: `must be at most ${MAX_SEARCH} characters` }]);
    }
    const after = request.after ? { name: String(request.after[0]), id: String(request.after[1]) } : undefined;
    const { rows, totalCount } = await this.campaigns.list({
      tenantId: principal.tenantId,
      search: text || undefined,
      limit: request.first + 1,
      after,
    });
    return paginate(await this.views(principal.tenantId, rows), request, totalCount, (row) => [row.name, row.id]);
  }

  async get(principal: Principal, id: string): Promise<CampaignView> {
    const campaign = await this.campaigns.findOne(principal.tenantId, id);
    if (!campaign) throw new NotFoundError(ENTITY);
    return (await this.views(principal.tenantId, [campaign]))[0];
  }

  async create(principal: Principal, input: CampaignInput): Promise<CampaignView> {
    const { codes, ...fields } = parseInput(campaignInputSchema, input, 'input');
    return this.campaigns.transaction(async (manager) => {
      await this.checkAccount(principal.tenantId, fields, manager);
      const created = await this.campaigns.insert(principal.tenantId, fields, manager);
      await this.campaigns.replaceCodes(created.id, codes, manager);
      const view = (await this.views(principal.tenantId, [created], manager))[0];
      await this.audit.record(
        principal,
        { action: `${ENTITY}.create`, entityType: ENTITY, entityId: view.id, before: null, after: snapshot(view) },
        manager,
      );
      return view;
    });
  }

  async update(principal: Principal, id: string, input: CampaignInput): Promise<CampaignView> {
    const { codes, ...fields } = parseInput(campaignInputSchema, input, 'input');
    return this.campaigns.transaction(async (manager) => {
      const before = await this.require(principal.tenantId, id, manager);
      await this.checkAccount(principal.tenantId, fields, manager);
      const updated = await this.campaigns.update(principal.tenantId, id, fields, manager);
      await this.campaigns.replaceCodes(id, codes, manager);
      const after = (await this.views(principal.tenantId, [updated], manager))[0];
      await this.audit.record(
        principal,
        {
          action: `${ENTITY}.update`,
          entityType: ENTITY,
          entityId: id,
          before: snapshot(before),
          after: snapshot(after),
        },
        manager,
      );
      return after;
    });
  }

  async delete(principal: Principal, id: string): Promise<boolean> {
    await this.campaigns.transaction(async (manager) => {
      const before = await this.require(principal.tenantId, id, manager);
      await this.campaigns.delete(principal.tenantId, id, manager);
      await this.audit.record(
        principal,
        { action: `${ENTITY}.delete`, entityType: ENTITY, entityId: id, before: snapshot(before), after: null },
        manager,
      );
    });
    return true;
  }

  /** Sets the spend of the given days (inserting or replacing each); days not given keep their amounts. */
  async setSpend(principal: Principal, id: string, input: DailySpendInput[]): Promise<CampaignView> {
    const days = parseInput(dailySpendSchema, input, 'spend');
    return this.campaigns.transaction(async (manager) => {
      const before = await this.require(principal.tenantId, id, manager);
      await this.campaigns.upsertSpend(principal.tenantId, id, days, manager);
      const after = await this.require(principal.tenantId, id, manager);
      const previous = new Map(before.spend.map((day) => [day.date, day.amount]));
      await this.audit.record(
        principal,
        {
          action: `${ENTITY}.set_spend`,
          entityType: ENTITY,
          entityId: id,
          before: {
            days: days.map((day) => ({ date: day.date, amount: previous.get(day.date) ?? null })),
            totalSpend: before.totalSpend,
          },
          after: { days, totalSpend: after.totalSpend },
        },
        manager,
      );
      return after;
    });
  }

  /** Every campaign of the tenant with its account, codes and spend, by key: what source matching needs. */
  async campaignsOf(tenantId: string): Promise<CampaignView[]> {
    return this.views(tenantId, await this.campaigns.findByKeys(tenantId, null));
  }

  /** The tenant's campaigns among these keys (the campaign_id events carry); unknown keys are absent. */
  async byKeys(tenantId: string, keys: string[]): Promise<CampaignView[]> {
    return this.views(tenantId, await this.campaigns.findByKeys(tenantId, keys));
  }

  /** An account must be one of the tenant's, and on the campaign's channel when it names one. */
  private async checkAccount(
    tenantId: string,
    fields: Pick<CampaignValues, 'accountId' | 'channel'>,
    manager: EntityManager,
  ): Promise<void> {
    if (fields.accountId === null) return;
    const account = await this.accounts.findOne(tenantId, fields.accountId, manager);
    if (!account) throw new BadUserInputError([{ path: 'input.accountId', message: 'no such business account' }]);
    if (fields.channel !== null && account.channel !== fields.channel) {
      throw new BadUserInputError([
        { path: 'input.accountId', message: `the account is not on channel ${fields.channel}` },
      ]);
    }
  }

  private async require(tenantId: string, id: string, manager: EntityManager): Promise<CampaignView> {
    const campaign = await this.campaigns.findOne(tenantId, id, manager);
    if (!campaign) throw new NotFoundError(ENTITY);
    return (await this.views(tenantId, [campaign], manager))[0];
  }

  /** Campaign rows with their account, codes and spend, loaded in one query each. */
  private async views(tenantId: string, rows: Campaign[], manager?: EntityManager): Promise<CampaignView[]> {
    const ids = rows.map((row) => row.id);
    const accountIds = [...new Set(rows.map((row) => row.accountId).filter((id): id is string => id !== null))];
    // One after another: inside a transaction they share a single connection.
    const codes = await this.campaigns.codesFor(ids, manager);
    const spend = await this.campaigns.spendFor(ids, manager);
    const accounts = await this.accounts.findMany(tenantId, accountIds, manager);
    const accountById = new Map(accounts.map((a) => [a.id, a]));
    const codesById = groupBy(codes, (c) => c.campaignId);
    const spendById = groupBy(spend, (s) => s.campaignId);
    return rows.map((row) => {
      const days = (spendById.get(row.id) ?? []).map(({ date, amount }) => ({ date, amount }));
      return {
        ...row,
        account: row.accountId ? (accountById.get(row.accountId) ?? null) : null,
        codes: (codesById.get(row.id) ?? []).map(({ kind, value }) => ({ kind, value })),
        spend: days,
        totalSpend: sumSpend(days),
      };
    });
  }
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}
