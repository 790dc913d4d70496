import { Inject, Injectable } from '@nestjs/common';
import { queryRows, rollupsRefreshedAt } from '@checkmark/schemas/warehouse';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { WAREHOUSE, type WarehouseHandle } from '../warehouse/warehouse';
import { scopeParams } from './engagement-query-params';
import { engagementGroupsQuery, type EngagementGroupRow } from './queries/engagement-groups.query';
import {
  engagementFiguresQuery,
  splitFigures,
  type EngagementFigures,
  type EngagementFiguresRow,
} from './queries/engagement-figures.query';
import { engagementMessageCountQuery } from './queries/engagement-message-count.query';
import { engagementMessagesQuery, type EngagementMessageRow } from './queries/engagement-messages.query';
import type { EngagementRollup } from './queries/engagement-rollup.fragment';
import { failureReasonsQuery, type FailureReasonsRow } from './queries/failure-reasons.query';

/** The dimension values the queries understand. */
export type DimensionValue = 'channel' | 'account' | 'template' | 'category' | 'campaign';

/** A drill-down as the queries take it; each part null/absent = not narrowed. */
export interface DrillDownParams {
  dimension: DimensionValue | null;
  /** A ComplaintDimension value: `key` is then a complaint breakdown key. */
  complaintBy: string | null;
  key: string;
  date: string | null;
  /** Bucket index 0..5. */
  bucket: number | null;
  dayOfWeek: number | null;
  hour: number | null;
  status: 'sent' | 'delivered' | 'read' | 'failed' | 'complained' | null;
  channel: string | null;
  /** The sending account's external id. */
  accountId: string | null;
  /** '' = failed without a code. */
  errorCode: string | null;
}

/** Sort key of the messages list (newest first); the last parts make it unique. */
export interface MessageCursor {
  firstSeenMs: number;
  channel: string;
  accountId: string;
  messageId: string;
}

/** Which template's failures: a name, and optionally one language. */
export interface FailureTemplate {
  name: string;
  language: string | null;
}

/**
 * Engagement reads from ClickHouse, one method per query: figures from the rollups (message_engagement and its
 * totals over agents), the messages behind them from the per-message rollup those are built from
 * (message_outcomes), all as of the last rebuild, so a list's length is the figure it was opened from.
 */
@Injectable()
export class EngagementRepository {
  constructor(@Inject(WAREHOUSE) private readonly warehouse: Pick<WarehouseHandle, 'client' | 'database'>) {}

  /** When the rollup last started a successful rebuild; null before its first since the warehouse started. */
  refreshedAt(): Promise<Date | null> {
    return rollupsRefreshedAt(this.warehouse.client, this.warehouse.database);
  }

  /** The period, its days, the hours of the week and the time-to-read histogram, from one read of the rollup. */
  async figures(scope: AnalyticsScope): Promise<EngagementFigures> {
    const rows = await this.run<EngagementFiguresRow>(
      (db) => engagementFiguresQuery(db, rollupFor(scope)),
      scopeParams(scope),
    );
    return splitFigures(rows);
  }

  groups(scope: AnalyticsScope, dimension: DimensionValue, limit: number): Promise<EngagementGroupRow[]> {
    return this.run((db) => engagementGroupsQuery(db, rollupFor(scope)), { ...scopeParams(scope), dimension, limit });
  }

  messages(
    scope: AnalyticsScope,
    drillDown: DrillDownParams,
    after: MessageCursor | null,
    limit: number,
  ): Promise<EngagementMessageRow[]> {
    return this.run(engagementMessagesQuery, {
      ...scopeParams(scope),
      ...drillDownParams(drillDown),
      filterAfter: after !== null,
      afterMs: after?.firstSeenMs ?? 0,
      afterChannel: after?.channel ?? '',
      afterAccount: after?.accountId ?? '',
      afterMessage: after?.messageId ?? '',
      limit,
    });
  }

  async messageCount(scope: AnalyticsScope, drillDown: DrillDownParams): Promise<number> {
    const rows = await this.run<{ total: number }>(engagementMessageCountQuery, {
      ...scopeParams(scope),
      ...drillDownParams(drillDown),
    });
    return rows[0]?.total ?? 0;
  }

  /** Failed business messages by channel, code and title; only one template's when `template` is given. */
  failureReasons(scope: AnalyticsScope, template: FailureTemplate | null): Promise<FailureReasonsRow[]> {
    return this.run(failureReasonsQuery, {
      ...scopeParams(scope),
      filterTemplate: template !== null,
      name: template?.name ?? '',
      filterLanguage: template?.language != null,
      language: template?.language ?? '',
    });
  }

  private run<T>(query: (database: string) => string, params: Record<string, unknown>): Promise<T[]> {
    return queryRows<T>(this.warehouse.client, query(this.warehouse.database), params);
  }
}

/** The agents' rollup only when the filter names agents: the totals have none and are much smaller. */
function rollupFor(scope: AnalyticsScope): EngagementRollup {
  return scope.agentIds === null ? 'message_engagement_totals' : 'message_engagement';
}

function drillDownParams(drill: DrillDownParams): Record<string, unknown> {
  return {
    dimension: drill.dimension ?? '',
    complaintBy: drill.complaintBy ?? '',
    key: drill.key,
    filterDate: drill.date !== null,
    date: drill.date ?? '1970-01-01',
    bucket: drill.bucket ?? -1,
    dayOfWeek: drill.dayOfWeek ?? 0,
    hour: drill.hour ?? -1,
    status: drill.status ?? '',
    filterChannel: drill.channel !== null,
    drillChannel: drill.channel ?? '',
    filterAccount: drill.accountId !== null,
    drillAccount: drill.accountId ?? '',
    filterErrorCode: drill.errorCode !== null,
    errorCode: drill.errorCode ?? '',
  };
}
