import { Inject, Injectable } from '@nestjs/common';
import { queryRows } from '@checkmark/schemas/warehouse';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { scopeQueryParams } from '../overview/analytics-scope-params';
import { DELIVERY_RECEIPT_CHANNELS, READ_RECEIPT_CHANNELS } from '../overview/channel-receipts';
import { WAREHOUSE, type WarehouseHandle } from '../warehouse/warehouse';
import { funnelRowsQuery, type FunnelRowsRow } from './queries/funnel-rows.query';

/** The dimension values the funnel query understands. */
export type FunnelDimensionValue = 'channel' | 'campaign';

/** Funnel reads from ClickHouse (the message_outcomes rollup): one query, groups and total together. */
@Injectable()
export class FunnelRepository {
  constructor(@Inject(WAREHOUSE) private readonly warehouse: Pick<WarehouseHandle, 'client' | 'database'>) {}

  async rows(
    scope: AnalyticsScope,
    dimension: FunnelDimensionValue,
    /** The tenant's attribution window: how long after a message a conversion counts for it. */
    windowMs: number,
    limit: number,
  ): Promise<FunnelRowsRow[]> {
    const rows = await queryRows<FunnelRowsRow>(this.warehouse.client, funnelRowsQuery(this.warehouse.database), {
      ...scopeQueryParams(scope),
      deliveryChannels: DELIVERY_RECEIPT_CHANNELS,
      readChannels: READ_RECEIPT_CHANNELS,
      dimension,
      windowMs,
      limit,
    });
    // 64-bit sums come back as strings.
    return rows.map((row) => ({ ...row, billable: [row.billable[0], row.billable[1].map(Number)] }));
  }
}
