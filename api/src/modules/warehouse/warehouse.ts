import type { ClickHouseClient } from '@clickhouse/client';
import type { EventSink } from '@checkmark/schemas/warehouse';

export const WAREHOUSE = Symbol('WAREHOUSE');

/** The ClickHouse connection the app uses. A handle passed in from outside (tests) is closed by its owner. */
export interface WarehouseHandle {
  client: ClickHouseClient;
  database: string;
  sink: EventSink;
  owned: boolean;
}
