import { join } from 'node:path';
import { openWarehouse, type Warehouse } from '@checkmark/schemas/warehouse';
import type { WarehouseConfig } from '../config';

export interface IngestWarehouse extends Warehouse {
  /** True when ClickHouse answers a ping; false (never a throw) when it does not. */
  ping(): Promise<boolean>;
}

/**
 * The ingester's ClickHouse with migrations applied: a server over HTTP, or chDB under DATA_DIR/clickhouse
 * when no url is configured.
 */
export async function openIngestWarehouse(config: WarehouseConfig): Promise<IngestWarehouse> {
  const warehouse = await openWarehouse({
    url: config.url,
    username: config.username,
    password: config.password,
    database: config.database,
    dataDir: config.url === undefined && config.dataDir !== undefined ? join(config.dataDir, 'clickhouse') : undefined,
  });
  return {
    ...warehouse,
    ping: async () => {
      try {
        return (await warehouse.client.ping()).success;
      } catch {
        return false;
      }
    },
  };
}
