import { Inject, Injectable } from '@nestjs/common';
import { queryRows, rollupsRefreshedAt } from '@checkmark/schemas/warehouse';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { queryParams } from '../overview/overview.repository';
import { WAREHOUSE, type WarehouseHandle } from '../warehouse/warehouse';
import type { ComplaintDimension } from './dtos/complaints.enums';
import {
  COMPLAINT_BREAKDOWN_LIMIT,
  complaintBreakdownQuery,
  type ComplaintBreakdownRow,
} from './queries/complaint-breakdown.query';
import { complaintCompositionQuery, type ComplaintCompositionRow } from './queries/complaint-composition.query';
import { complaintEventCountQuery } from './queries/complaint-event-count.query';
import { complaintEventsQuery, type ComplaintEventRow } from './queries/complaint-events.query';

/** A complaint drill-down as the queries take it; each part null = not narrowed. */
export interface ComplaintDrillParams {
  date: string | null;
  /** complaint.recorded kind as stored (block, report_spam…). */
  kind: string | null;
  /** '' = without a reason. */
  reason: string | null;
}

/** Sort key of the complaint list (newest first); the id makes it unique. */
export interface ComplaintCursor {
  occurredMs: number;
  id: string;
}

/** Complaint reads of ClickHouse beyond the Overview's daily complaint and delivery counts. */
@Injectable()
export class ComplaintsRepository {
  constructor(@Inject(WAREHOUSE) private readonly warehouse: Pick<WarehouseHandle, 'client' | 'database'>) {}

  /** When the rollups, the complaint rollup among them, last rebuilt (the figures' asOf). */
  refreshedAt(): Promise<Date | null> {
    return rollupsRefreshedAt(this.warehouse.client, this.warehouse.database);
  }

  composition(scope: AnalyticsScope): Promise<ComplaintCompositionRow[]> {
    return queryRows(
      this.warehouse.client,
      complaintCompositionQuery(this.warehouse.database),
      queryParams(scope, scope.period),
    );
  }

  breakdown(scope: AnalyticsScope, by: ComplaintDimension): Promise<ComplaintBreakdownRow[]> {
    return queryRows(this.warehouse.client, complaintBreakdownQuery(this.warehouse.database), {
      ...queryParams(scope, scope.period),
      by,
      limit: COMPLAINT_BREAKDOWN_LIMIT,
    });
  }

  events(
    scope: AnalyticsScope,
    drill: ComplaintDrillParams,
    after: ComplaintCursor | null,
    limit: number,
  ): Promise<ComplaintEventRow[]> {
    return queryRows(this.warehouse.client, complaintEventsQuery(this.warehouse.database), {
      ...drillParams(scope, drill),
      filterAfter: after !== null,
      afterMs: after?.occurredMs ?? 0,
      afterId: after?.id ?? '',
      limit,
    });
  }

  async eventCount(scope: AnalyticsScope, drill: ComplaintDrillParams): Promise<number> {
    const rows = await queryRows<{ total: number }>(
      this.warehouse.client,
      complaintEventCountQuery(this.warehouse.database),
      drillParams(scope, drill),
    );
    return Number(rows[0]?.total ?? 0);
  }
}

function drillParams(scope: AnalyticsScope, drill: ComplaintDrillParams): Record<string, unknown> {
  return {
    ...queryParams(scope, scope.period),
    filterDate: drill.date !== null,
    date: drill.date ?? '1970-01-01',
    filterKind: drill.kind !== null,
    kind: drill.kind ?? '',
    filterReason: drill.reason !== null,
    reason: drill.reason ?? '',
  };
}
