import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError, type InputIssue } from '../../common/errors/bad-user-input.error';
import { isCalendarDate } from '../../graphql/scalars/date.scalar';
import { AgentsRepository } from '../agents/agents.repository';
import { BusinessAccountsRepository } from '../business-accounts/business-accounts.repository';
import { CampaignsRepository } from '../campaigns/campaigns.repository';
import { TenantSettingsService } from '../tenant-settings/tenant-settings.service';
import { daysBetween, MAX_PERIOD_DAYS, previousPeriodOf, type AnalyticsScope } from './analytics-scope';
import type { AnalyticsFilterInput } from './dtos/analytics-filter.input';

type TimeZones = Pick<TenantSettingsService, 'timeZone'>;
type AccountIds = Pick<BusinessAccountsRepository, 'externalIdsFor'>;
type AgentIds = Pick<AgentsRepository, 'externalIdsFor'>;
type CampaignKeys = Pick<CampaignsRepository, 'keysFor'>;

/**
 * Turns a GraphQL AnalyticsFilter into an AnalyticsScope: checks the period, reads the tenant's time zone and
 * maps relational ids to the ids events carry, within the tenant only. An id list that maps to nothing (unknown
 * ids, other tenants' ids) stays an empty filter and selects nothing; an omitted or empty list means "all".
 */
@Injectable()
export class AnalyticsScopeFactory {
  constructor(
    @Inject(TenantSettingsService) private readonly settings: TimeZones,
    @Inject(BusinessAccountsRepository) private readonly accounts: AccountIds,
    @Inject(AgentsRepository) private readonly agents: AgentIds,
    @Inject(CampaignsRepository) private readonly campaigns: CampaignKeys,
  ) {}

  async resolve(tenantId: string, filter: AnalyticsFilterInput): Promise<AnalyticsScope> {
    const period = checkedPeriod(filter);
    const [timeZone, accountIds, agentIds, campaignKeys] = await Promise.all([
      this.settings.timeZone(tenantId),
      mapped(filter.accountIds, (ids) => this.accounts.externalIdsFor(tenantId, ids)),
      mapped(filter.agentIds, (ids) => this.agents.externalIdsFor(tenantId, ids)),
      mapped(filter.campaignIds, (ids) => this.campaigns.keysFor(tenantId, ids)),
    ]);
    return {
      tenantId,
      timeZone,
      period,
      previousPeriod: previousPeriodOf(period),
      channels: filter.channels?.length ? unique(filter.channels) : null,
      accountIds,
      agentIds,
      campaignKeys,
    };
  }
}

function checkedPeriod(filter: AnalyticsFilterInput): { from: string; to: string } {
  const issues: InputIssue[] = [];
  if (!isCalendarDate(filter.from)) issues.push({ path: 'filter.from', message: 'must be a calendar date YYYY-MM-DD' });
  if (!isCalendarDate(filter.to)) issues.push({ path: 'filter.to', message: 'must be a calendar date YYYY-MM-DD' });
  if (!issues.length) {
    const days = daysBetween(filter.from, filter.to);
    if (days < 0) issues.push({ path: 'filter.to', message: 'must not be before from' });
    else if (days > MAX_PERIOD_DAYS)
      issues.push({ path: 'filter.to', message: `must be at most ${MAX_PERIOD_DAYS} days after from` });
  }
  if (issues.length) throw new BadUserInputError(issues, 'the analytics period is not valid');
  return { from: filter.from, to: filter.to };
}

async function mapped(
  ids: string[] | null | undefined,
  lookup: (ids: string[]) => Promise<string[]>,
): Promise<string[] | null> {
  if (!ids?.length) return null;
  return unique(await lookup(unique(ids)));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
