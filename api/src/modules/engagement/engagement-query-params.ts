import type { AnalyticsScope } from '../overview/analytics-scope';
import { DELIVERY_RECEIPT_CHANNELS, READ_RECEIPT_CHANNELS } from '../overview/channel-receipts';
import { READ_TIME_BUCKET_EDGES } from './read-time-buckets';

/** The parameters every engagement query takes; a filter flag tells "not filtered" from "filtered to nothing". */
export function scopeParams(scope: AnalyticsScope): Record<string, unknown> {
  return {
    tenant: scope.tenantId,
    tz: scope.timeZone,
    from: scope.period.from,
    to: scope.period.to,
    filterChannels: scope.channels !== null,
    channels: scope.channels ?? [],
    filterAccounts: scope.accountIds !== null,
    accounts: scope.accountIds ?? [],
    filterCampaigns: scope.campaignKeys !== null,
    campaigns: scope.campaignKeys ?? [],
    filterAgents: scope.agentIds !== null,
    agents: scope.agentIds ?? [],
    deliveryChannels: DELIVERY_RECEIPT_CHANNELS,
    readChannels: READ_RECEIPT_CHANNELS,
    bucketEdges: READ_TIME_BUCKET_EDGES,
  };
}
