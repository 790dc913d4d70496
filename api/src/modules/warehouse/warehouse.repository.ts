import { Inject, Injectable } from '@nestjs/common';
import type { CanonicalEvent } from '@checkmark/schemas';
import type { RejectRecord } from '@checkmark/schemas/warehouse';
import type { EventStore } from '../ingestion/embedded-event.transport';
import { WAREHOUSE, type WarehouseHandle } from './warehouse';

/** Writes to and checks the warehouse; the only place the API touches the ClickHouse client. */
@Injectable()
export class WarehouseRepository implements EventStore {
  constructor(@Inject(WAREHOUSE) private readonly warehouse: WarehouseHandle) {}

  insertEvents(events: CanonicalEvent[]): Promise<void> {
    return this.warehouse.sink.insertEvents(events);
  }

  insertRejects(rejects: RejectRecord[]): Promise<void> {
    return this.warehouse.sink.insertRejects(rejects);
  }

  async ping(): Promise<void> {
    const result = await this.warehouse.client.query({ query: 'SELECT 1 AS ok', format: 'JSONEachRow' });
    await result.json();
  }
}
