import type { ClickHouseClient } from '@clickhouse/client';
import { refreshRollups, setRollupSchedule } from '@checkmark/schemas/warehouse';

/**
 * Tests refresh the rollups explicitly and must not see a scheduled rebuild land between their writes and their
 * reads (a "late receipt shows only after the next refresh" test would flake): the views run on demand, as the
 * embedded product runs them. `testWarehouse()` does this for every test database.
 */
export async function pauseRollupSchedules(client: ClickHouseClient, database: string): Promise<void> {
  await setRollupSchedule(client, database, 'on-demand');
}

/**
 * Rebuilds the rollups from what the test has written so far and waits for it: call after inserting events and
 * before reading anything the Engagement or template queries compute.
 */
export function refreshTestRollups(warehouse: { client: ClickHouseClient; database: string }): Promise<void> {
  return refreshRollups(warehouse.client, warehouse.database);
}
