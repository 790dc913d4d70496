import type { ClickHouseClient } from '@clickhouse/client';
import { quoteIdentifier, refreshRollups, ROLLUP_VIEWS, runCommand } from '@checkmark/schemas/warehouse';

/**
 * Tests refresh the rollups explicitly and must not see a scheduled rebuild land between their writes and their
 * reads (a "late receipt shows only after the next refresh" test would flake). The engine ignores
 * `SYSTEM REFRESH VIEW` on a stopped view (`SYSTEM STOP VIEW`), so instead the schedule moves to every 10 years:
 * the change itself starts one rebuild, which this waits for, and no other starts unless asked.
 * `testWarehouse()` does this for every test database.
 */
export async function pauseRollupSchedules(client: ClickHouseClient, database: string): Promise<void> {
  const db = quoteIdentifier(database);
  for (const view of ROLLUP_VIEWS) {
    await runCommand(client, `ALTER TABLE ${db}.${quoteIdentifier(view)} MODIFY REFRESH EVERY 10 YEAR`);
    await runCommand(client, `SYSTEM WAIT VIEW ${db}.${quoteIdentifier(view)}`);
  }
}

/**
 * Rebuilds the rollups from what the test has written so far and waits for it: call after inserting events and
 * before reading anything the Engagement or template queries compute.
 */
export function refreshTestRollups(warehouse: { client: ClickHouseClient; database: string }): Promise<void> {
  return refreshRollups(warehouse.client, warehouse.database);
}
