import { Inject, Injectable } from '@nestjs/common';
import type { CanonicalEvent } from '@checkmark/schemas';
import {
  refreshRollups,
  rollupsRefreshedAt,
  setRollupSchedule,
  type RejectRecord,
  type RollupSchedule,
} from '@checkmark/schemas/warehouse';
import type { EventStore } from '../ingestion/embedded-event.transport';
import type { RollupStore } from '../ingestion/rollup-refresh.scheduler';
import { WAREHOUSE, type WarehouseHandle } from './warehouse';

/** Writes to and checks the warehouse; the only place the API touches the ClickHouse client. */
@Injectable()
export class WarehouseRepository implements EventStore, RollupStore {
  constructor(@Inject(WAREHOUSE) private readonly warehouse: WarehouseHandle) {}

  insertEvents(events: CanonicalEvent[]): Promise<void> {
    return this.warehouse.sink.insertEvents(events);
  }

  insertRejects(rejects: RejectRecord[]): Promise<void> {
    return this.warehouse.sink.insertRejects(rejects);
  }

  refreshRollups(): Promise<void> {
    return refreshRollups(this.warehouse.client, this.warehouse.database);
  }

  setRollupSchedule(schedule: RollupSchedule): Promise<number> {
    return setRollupSchedule(this.warehouse.client, this.warehouse.database, schedule);
  }

  rollupsRefreshedAt(): Promise<Date | null> {
    return rollupsRefreshedAt(this.warehouse.client, this.warehouse.database);
  }

  async ping(): Promise<void> {
    const result = await this.warehouse.client.query({ query: 'SELECT 1 AS ok', format: 'JSONEachRow' });
    await result.json();
  }
}
