import type { ClickHouseClient } from '@clickhouse/client';
import { quoteIdentifier } from './identifier';
import { queryRows, runCommand } from './query-rows';

/**
 * The refreshable materialized views that roll facts up for the analytics pages (migrations 0006–0016). Each
 * rebuilds its target table from the facts on its own schedule; `refreshRollups` asks for a rebuild now, in this
 * order (a view reading another view's table comes after it).
 */
export const ROLLUP_VIEWS = [
  // first: message_engagement_mv reads message_outcomes (DEPENDS ON), so a refresh in this order sees fresh outcomes
  'message_outcomes_mv',
  'message_engagement_mv',
  // reads message_engagement (DEPENDS ON)
  'message_engagement_totals_mv',
  'conversation_starts_mv',
  'campaign_sends_mv',
  'conversions_mv',
  // reads conversation_starts (DEPENDS ON)
  'campaign_starts_mv',
  // reads the three above (DEPENDS ON)
  'conversion_touches_mv',
  'support_conversations_mv',
  // read support_conversations (DEPENDS ON)
  'support_replies_mv',
  'survey_answers_mv',
  'complaint_rollup_mv',
  'consent_at_send_mv',
] as const;

/**
 * Rebuilds every rollup from the facts as they are now and waits until the rebuilds end. A failed rebuild
 * throws (WarehouseError) and leaves the previous contents in place. `SYSTEM WAIT VIEW` first lets a rebuild
 * already running (it may have started before the caller's writes) finish, so the one requested here sees them.
 */
export async function refreshRollups(client: ClickHouseClient, database: string): Promise<void> {
  for (const view of rollupViews(database)) {
    // Only to let a running rebuild end: when none runs, WAIT repeats the last rebuild's failure, which was
    // reported to whoever waited for it then, and must not stop this one from trying again.
    await runCommand(client, `SYSTEM WAIT VIEW ${view}`).catch(() => undefined);
    await runCommand(client, `SYSTEM REFRESH VIEW ${view}`);
    await runCommand(client, `SYSTEM WAIT VIEW ${view}`);
  }
}

/**
 * How the rollup views rebuild on their own. `periodic`: every 5 minutes, as the migrations create them — needed
 * when other processes write (Kafka ingesters). `on-demand`: practically never (every 10 years), for a process
 * through which every write passes and which asks for rebuilds after writes (the embedded product), so an idle
 * warehouse costs nothing.
 */
export type RollupSchedule = 'periodic' | 'on-demand';

const SCHEDULE_CLAUSES: Record<RollupSchedule, string> = {
  periodic: 'REFRESH EVERY 5 MINUTE',
  'on-demand': 'REFRESH EVERY 10 YEAR',
};

/**
 * Puts every rollup view on `schedule` and waits for the rebuild that changing a schedule starts; views already on
 * it are left alone. Returns how many views changed.
 */
export async function setRollupSchedule(
  client: ClickHouseClient,
  database: string,
  schedule: RollupSchedule,
): Promise<number> {
  const clause = SCHEDULE_CLAUSES[schedule];
  const views = await queryRows<{ name: string; create_table_query: string }>(
    client,
    `SELECT name, create_table_query FROM system.tables WHERE database = {database:String} AND name IN {views:Array(String)}`,
    { database, views: ROLLUP_VIEWS },
  );
  const db = quoteIdentifier(database);
  let changed = 0;
  for (const view of ROLLUP_VIEWS) {
    const current = views.find((v) => v.name === view);
    if (!current || current.create_table_query.includes(clause)) continue;
    await runCommand(client, `ALTER TABLE ${db}.${quoteIdentifier(view)} MODIFY ${clause}`);
    await runCommand(client, `SYSTEM WAIT VIEW ${db}.${quoteIdentifier(view)}`);
    changed++;
  }
  return changed;
}

/**
 * When the rollups last started a rebuild that succeeded (the data is as of then; whole seconds), the oldest
 * over all rollup views; null when one has not rebuilt successfully since the warehouse started (the engine
 * does not keep it across restarts).
 */
export async function rollupsRefreshedAt(client: ClickHouseClient, database: string): Promise<Date | null> {
  const rows = await queryRows<{ views: number; refreshed: number; oldest: string | null }>(
    client,
    `SELECT
    toUInt32(count()) AS views,
    toUInt32(countIf(last_success_time IS NOT NULL)) AS refreshed,
    toString(toUnixTimestamp(min(last_success_time))) AS oldest
FROM system.view_refreshes
WHERE database = {database:String} AND view IN {views:Array(String)}`,
    { database, views: ROLLUP_VIEWS },
  );
  const row = rows[0];
  if (!row || Number(row.views) < ROLLUP_VIEWS.length || Number(row.refreshed) < Number(row.views) || !row.oldest)
    return null;
  return new Date(Number(row.oldest) * 1000);
}

function rollupViews(database: string): string[] {
  const db = quoteIdentifier(database);
  return ROLLUP_VIEWS.map((view) => `${db}.${quoteIdentifier(view)}`);
}
