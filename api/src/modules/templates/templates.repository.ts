import { Inject, Injectable } from '@nestjs/common';
import { queryRows, rollupsRefreshedAt } from '@checkmark/schemas/warehouse';
import { scopeParams as engagementScopeParams } from '../engagement/engagement-query-params';
import { failureReasonsQuery, type FailureReasonsRow } from '../engagement/queries/failure-reasons.query';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { scopeQueryParams } from '../overview/analytics-scope-params';
import { WAREHOUSE, type WarehouseHandle } from '../warehouse/warehouse';
import { templateHistoryQuery, type TemplateHistoryRow } from './queries/template-history.query';
import { templateStatesQuery, type TemplateStateRow } from './queries/template-states.query';
import { templateStatsQuery, type TemplateStatsRow } from './queries/template-stats.query';

/**
 * How long after a send replies, complaints and opt-outs are counted for it (DOMAIN's default window). The
 * engagement rollup (warehouse migration 0006) counts them with this window.
 */
export const FOLLOW_UP_SECONDS = 7 * 24 * 3600;

/** Which template: a name, and optionally one language. */
export interface TemplateKey {
  name: string;
  language: string | null;
}

/** Whose template.updated events: all, or those reported under some accounts or channels. */
export interface HistoryScope {
  tenantId: string;
  accountIds: string[] | null;
  channels: string[] | null;
}

/** The template analytics' reads from ClickHouse, one method per query. */
@Injectable()
export class TemplatesRepository {
  constructor(@Inject(WAREHOUSE) private readonly warehouse: Pick<WarehouseHandle, 'client' | 'database'>) {}

  /** When the rollup behind `stats` last started a successful rebuild; null before its first since start-up. */
  refreshedAt(): Promise<Date | null> {
    return rollupsRefreshedAt(this.warehouse.client, this.warehouse.database);
  }

  stats(scope: AnalyticsScope, search: string | null): Promise<TemplateStatsRow[]> {
    return this.run(templateStatsQuery, { ...scopeQueryParams(scope), search: search ?? '' });
  }

  states(tenantId: string, names: string[]): Promise<TemplateStateRow[]> {
    if (!names.length) return Promise.resolve([]);
    return this.run(templateStatesQuery, { tenant: tenantId, names });
  }

  history(scope: HistoryScope, template: TemplateKey): Promise<TemplateHistoryRow[]> {
    return this.run(templateHistoryQuery, {
      tenant: scope.tenantId,
      name: template.name,
      filterLanguage: template.language !== null,
      language: template.language ?? '',
      filterAccounts: scope.accountIds !== null,
      accounts: scope.accountIds ?? [],
      filterChannels: scope.channels !== null,
      channels: scope.channels ?? [],
    });
  }

  /** The template's failed messages: the engagement failure-reasons query narrowed to one template. */
  failures(scope: AnalyticsScope, template: TemplateKey): Promise<FailureReasonsRow[]> {
    return this.run(failureReasonsQuery, {
      ...engagementScopeParams(scope),
      filterTemplate: true,
      name: template.name,
      filterLanguage: template.language !== null,
      language: template.language ?? '',
    });
  }

  private run<T>(query: (database: string) => string, params: Record<string, unknown>): Promise<T[]> {
    return queryRows<T>(this.warehouse.client, query(this.warehouse.database), params);
  }
}
