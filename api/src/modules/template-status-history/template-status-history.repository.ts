import { Inject, Injectable } from '@nestjs/common';
import { queryRows } from '@checkmark/schemas/warehouse';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { scopeQueryParams } from '../overview/analytics-scope-params';
import { WAREHOUSE, type WarehouseHandle } from '../warehouse/warehouse';
import { templateStatusChangeCountQuery } from './queries/template-status-change-count.query';
import { templateStatusChangesQuery, type TemplateStatusChangeRow } from './queries/template-status-changes.query';

export interface ChangeCursor {
  occurredMs: number;
  id: string;
}

/** Template status and quality changes from ClickHouse (template.updated events). */
@Injectable()
export class TemplateStatusHistoryRepository {
  constructor(@Inject(WAREHOUSE) private readonly warehouse: Pick<WarehouseHandle, 'client' | 'database'>) {}

  changes(
    scope: AnalyticsScope,
    templateName: string | null,
    after: ChangeCursor | null,
    limit: number,
  ): Promise<TemplateStatusChangeRow[]> {
    return queryRows(this.warehouse.client, templateStatusChangesQuery(this.warehouse.database), {
      ...params(scope, templateName),
      filterAfter: after !== null,
      afterMs: after?.occurredMs ?? 0,
      afterId: after?.id ?? '',
      limit,
    });
  }

  async count(scope: AnalyticsScope, templateName: string | null): Promise<number> {
    const rows = await queryRows<{ total: number }>(
      this.warehouse.client,
      templateStatusChangeCountQuery(this.warehouse.database),
      params(scope, templateName),
    );
    return Number(rows[0]?.total ?? 0);
  }
}

function params(scope: AnalyticsScope, templateName: string | null): Record<string, unknown> {
  return { ...scopeQueryParams(scope), filterName: templateName !== null, name: templateName ?? '' };
}
