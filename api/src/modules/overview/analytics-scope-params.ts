import type { AnalyticsScope, DateRange } from './analytics-scope';

/**
 * The ClickHouse parameters every analytics query takes for a scope: tenant, time zone, the period (the scope's
 * own unless another range is given) and the filters; a filter flag tells "not filtered" from "filtered to nothing".
 */
export function scopeQueryParams(scope: AnalyticsScope, range: DateRange = scope.period): Record<string, unknown> {
  return {
    tenant: scope.tenantId,
    tz: scope.timeZone,
    from: range.from,
    to: range.to,
    filterChannels: scope.channels !== null,
    channels: scope.channels ?? [],
    filterAccounts: scope.accountIds !== null,
    accounts: scope.accountIds ?? [],
    filterCampaigns: scope.campaignKeys !== null,
    campaigns: scope.campaignKeys ?? [],
    filterAgents: scope.agentIds !== null,
    agents: scope.agentIds ?? [],
  };
}
