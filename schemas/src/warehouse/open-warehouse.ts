import type { ClickHouseClient } from '@clickhouse/client';
import { EventSink } from './event-sink';
import { migrate } from './migration/migrate';
import { createWarehouseClient } from './warehouse-client';
import type { WarehouseConfig } from './warehouse-config';

export interface Warehouse {
  client: ClickHouseClient;
  database: string;
  sink: EventSink;
  /** Names of the migrations this start applied. */
  applied: string[];
  close(): Promise<void>;
}

/** Start-up in one call: client, database and pending migrations, and a sink. */
export async function openWarehouse(config: WarehouseConfig): Promise<Warehouse> {
  const client = createWarehouseClient(config);
  try {
    const applied = await migrate(client, { database: config.database, cluster: config.cluster });
    return {
      client,
      database: config.database,
      sink: new EventSink(client, { database: config.database }),
      applied,
      close: () => client.close(),
    };
  } catch (error) {
    await client.close();
    throw error;
  }
}
