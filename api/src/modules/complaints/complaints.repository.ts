import { Inject, Injectable } from '@nestjs/common';
import { queryRows } from '@checkmark/schemas/warehouse';
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

/** Complaint reads of ClickHouse beyond the Overview's daily complaint and delivery counts. */
@Injectable()
export class ComplaintsRepository {
  constructor(@Inject(WAREHOUSE) private readonly warehouse: Pick<WarehouseHandle, 'client' | 'database'>) {}

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
}
