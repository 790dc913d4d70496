import { Inject, Injectable } from '@nestjs/common';
import { queryRows, rollupsRefreshedAt } from '@checkmark/schemas/warehouse';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { scopeQueryParams } from '../overview/analytics-scope-params';
import { WAREHOUSE, type WarehouseHandle } from '../warehouse/warehouse';
import {
  conversationTimeBucketsQuery,
  replyTimeBucketsQuery,
  type ResponseTimeBucketRow,
} from './queries/response-time-buckets.query';
import { supportConversationCountQuery } from './queries/support-conversation-count.query';
import {
  supportConversationGroupsQuery,
  type SupportConversationGroupRow,
} from './queries/support-conversation-groups.query';
import { supportConversationsQuery, type SupportConversationRow } from './queries/support-conversations.query';
import { supportHeatmapQuery, type SupportHeatmapRow } from './queries/support-heatmap.query';
import { supportReplyGroupsQuery, type SupportReplyGroupRow } from './queries/support-reply-groups.query';
import type { SupportGroupKey, SupportSqlShape } from './queries/support-scope.fragment';
import type { SlaKind } from '../sla-settings/sla-settings-value';
import type { BusinessClock } from './support-business-clock';

/** What every support query needs besides the scope. */
export interface SupportQueryContext {
  clock: BusinessClock;
  /** Durations in business time (else calendar). */
  business: boolean;
  /** Epoch ms: open conversations are judged against SLA targets as of now. */
  nowMs: number;
  /** SLA targets in ms of their own basis; null = not configured. */
  sla: Record<'first' | 'next' | 'resolution', { ms: number; business: boolean } | null>;
  /** External → relational ids for team keys (support-scope TEAM_KEY). */
  teamExternal: string[];
  teamIds: string[];
  agentExternal: string[];
  agentTeams: string[];
}

/** A list request: narrowing, cursor (start ms, key) and size. */
export interface SupportListParams {
  teamKey: string | null;
  breach: SlaKind | null;
  after: { startedMs: number; key: string } | null;
  limit: number;
}

/** Support reads of ClickHouse, all from the support rollups (migration 0012), one method per query. */
@Injectable()
export class SupportRepository {
  constructor(@Inject(WAREHOUSE) private readonly warehouse: Pick<WarehouseHandle, 'client' | 'database'>) {}

  /** When the rollups last started a successful rebuild; null before the first since the warehouse started. */
  refreshedAt(): Promise<Date | null> {
    return rollupsRefreshedAt(this.warehouse.client, this.warehouse.database);
  }

  conversationGroups(
    scope: AnalyticsScope,
    context: SupportQueryContext,
    groupBy: SupportGroupKey,
  ): Promise<SupportConversationGroupRow[]> {
    const query = (database: string, shape: SupportSqlShape) =>
      supportConversationGroupsQuery(database, shape, groupBy);
    return this.run(query, context, params(scope, context));
  }

  replyGroups(
    scope: AnalyticsScope,
    context: SupportQueryContext,
    groupBy: SupportGroupKey,
  ): Promise<SupportReplyGroupRow[]> {
    const query = (database: string, shape: SupportSqlShape) => supportReplyGroupsQuery(database, shape, groupBy);
    return this.run(query, context, params(scope, context));
  }

  /** Durations per bucket of {edges} (ms) for FIRST_RESPONSE, REPLY or RESOLUTION. */
  timeBuckets(
    scope: AnalyticsScope,
    context: SupportQueryContext,
    metric: 'FIRST_RESPONSE' | 'REPLY' | 'RESOLUTION',
    edges: readonly number[],
  ): Promise<ResponseTimeBucketRow[]> {
    const query = metric === 'REPLY' ? replyTimeBucketsQuery : conversationTimeBucketsQuery;
    return this.run(query, context, { ...params(scope, context), metric, bucketEdges: edges });
  }

  heatmap(scope: AnalyticsScope, context: SupportQueryContext): Promise<SupportHeatmapRow[]> {
    return this.run(supportHeatmapQuery, context, params(scope, context));
  }

  conversations(
    scope: AnalyticsScope,
    context: SupportQueryContext,
    list: SupportListParams,
  ): Promise<SupportConversationRow[]> {
    const query = (database: string, shape: SupportSqlShape) => supportConversationsQuery(database, shape, list.breach);
    return this.run(query, context, {
      ...params(scope, context),
      ...listParams(list),
      filterAfter: list.after !== null,
      afterMs: list.after?.startedMs ?? 0,
      afterKey: list.after?.key ?? '',
      limit: list.limit,
    });
  }

  async conversationCount(
    scope: AnalyticsScope,
    context: SupportQueryContext,
    list: SupportListParams,
  ): Promise<number> {
    const query = (database: string, shape: SupportSqlShape) =>
      supportConversationCountQuery(database, shape, list.breach);
    const rows = await this.run<{ total: number }>(query, context, {
      ...params(scope, context),
      ...listParams(list),
    });
    return Number(rows[0]?.total ?? 0);
  }

  private run<T>(
    query: (database: string, shape: SupportSqlShape) => string,
    context: SupportQueryContext,
    parameters: Record<string, unknown>,
  ): Promise<T[]> {
    return queryRows<T>(this.warehouse.client, query(this.warehouse.database, shapeOf(context)), parameters);
  }
}

/** The SQL's shape for a context: the bases its durations are needed in (support-scope fragment). */
function shapeOf(context: SupportQueryContext): SupportSqlShape {
  const { first, next, resolution } = context.sla;
  return {
    slots: context.clock.clockSlots,
    business: context.business,
    first: first?.business ?? null,
    next: next?.business ?? null,
    resolution: resolution?.business ?? null,
  };
}

function params(scope: AnalyticsScope, context: SupportQueryContext): Record<string, unknown> {
  const { first, next, resolution } = context.sla;
  return {
    ...scopeQueryParams(scope),
    ...context.clock,
    now: context.nowMs,
    slaFirstMs: first?.ms ?? 0,
    slaNextMs: next?.ms ?? 0,
    slaResolutionMs: resolution?.ms ?? 0,
    teamExternal: context.teamExternal,
    teamIds: context.teamIds,
    agentExternal: context.agentExternal,
    agentTeams: context.agentTeams,
  };
}

function listParams(list: SupportListParams): Record<string, unknown> {
  return {
    filterTeam: list.teamKey !== null,
    team: list.teamKey ?? '',
  };
}
