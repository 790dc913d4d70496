import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { EventSink, migrate, openWarehouse } from '@checkmark/schemas/warehouse';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { WAREHOUSE, type WarehouseHandle } from './warehouse';
import { WarehouseRepository } from './warehouse.repository';

class WarehouseLifecycle implements OnApplicationShutdown {
  constructor(@Inject(WAREHOUSE) private readonly warehouse: WarehouseHandle) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.warehouse.owned) await this.warehouse.client.close();
  }
}

/**
 * The ClickHouse warehouse: chDB under DATA_DIR/clickhouse by default, or CLICKHOUSE_URL. Its migrations run at
 * start. Tests pass their own client because one process can bind only one chDB data directory.
 */
@Global()
@Module({})
export class WarehouseModule {
  static forRoot(external?: { client: WarehouseHandle['client']; database: string }): DynamicModule {
    const handle = external
      ? {
          provide: WAREHOUSE,
          useFactory: async (): Promise<WarehouseHandle> => {
            await migrate(external.client, { database: external.database });
            return { ...external, sink: new EventSink(external.client, { database: external.database }), owned: false };
          },
        }
      : {
          provide: WAREHOUSE,
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig): Promise<WarehouseHandle> => {
            const { url, dataDir, database, username, password } = config.warehouse;
            const opened = await openWarehouse(url ? { url, database, username, password } : { dataDir, database });
            return { client: opened.client, database, sink: opened.sink, owned: true };
          },
        };
    return {
      module: WarehouseModule,
      providers: [handle, WarehouseLifecycle, WarehouseRepository],
      exports: [WAREHOUSE, WarehouseRepository],
    };
  }
}
