import { randomBytes } from 'node:crypto';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { migrate } from './migrate';
import { loadMigrations, migrationChecksum, type Migration } from './migration-files';
import type { MigrationError } from './migration-error';

function migration(number: number, name: string, sql: string): Migration {
  return { name: `${String(number).padStart(4, '0')}_${name}`, number, sql, checksum: migrationChecksum(sql) };
}

async function migrationCode(run: Promise<unknown>): Promise<string | undefined> {
  try {
    await run;
  } catch (error) {
    return (error as MigrationError).code;
  }
  return undefined;
}

describe('migrate (real chDB)', () => {
  let warehouse: TestWarehouse;
  const scratch: string[] = [];

  beforeAll(async () => {
    warehouse = await testWarehouse();
  });

  afterAll(async () => {
    for (const database of [warehouse.database, ...scratch])
      await dropTestDatabase({ client: warehouse.client, database });
  });

  function scratchDatabase(): string {
    const database = `scratch_${randomBytes(4).toString('hex')}`;
    scratch.push(database);
    return database;
  }

  it('created the database, every table and view, and recorded every migration once', async () => {
    const tables = await warehouse.query<{ name: string; engine: string }>(
      'SELECT name, engine FROM system.tables WHERE database = {db:String} ORDER BY name',
      { db: warehouse.database },
    );
    expect(Object.fromEntries(tables.map((t) => [t.name, t.engine]))).toEqual({
      campaign_sends: 'MergeTree',
      campaign_starts: 'MergeTree',
      campaign_starts_mv: 'MaterializedView',
      campaign_sends_mv: 'MaterializedView',
      complaint_rollup: 'MergeTree',
      complaint_rollup_mv: 'MaterializedView',
      consent_at_send: 'MergeTree',
      consent_at_send_mv: 'MaterializedView',
      conversation_facts: 'AggregatingMergeTree',
      conversation_facts_mv: 'MaterializedView',
      conversation_facts_v: 'View',
      conversation_starts: 'MergeTree',
      conversation_starts_mv: 'MaterializedView',
      conversions: 'MergeTree',
      conversions_mv: 'MaterializedView',
      conversion_touches: 'MergeTree',
      conversion_touches_mv: 'MaterializedView',
      events: 'ReplacingMergeTree',
      ingest_rejects: 'MergeTree',
      message_engagement: 'MergeTree',
      message_engagement_mv: 'MaterializedView',
      message_engagement_totals: 'MergeTree',
      message_engagement_totals_mv: 'MaterializedView',
      message_facts: 'AggregatingMergeTree',
      message_facts_mv: 'MaterializedView',
      message_facts_v: 'View',
      message_outcomes: 'MergeTree',
      message_outcomes_mv: 'MaterializedView',
      schema_migrations: 'ReplacingMergeTree',
      support_conversations: 'MergeTree',
      support_conversations_mv: 'MaterializedView',
      support_replies: 'MergeTree',
      support_replies_mv: 'MaterializedView',
      survey_answers: 'MergeTree',
      survey_answers_mv: 'MaterializedView',
    });
    const recorded = await warehouse.query<{ name: string; checksum: string }>(
      `SELECT name, checksum FROM \`${warehouse.database}\`.schema_migrations ORDER BY name`,
    );
    expect(recorded).toEqual(loadMigrations().map((m) => ({ name: m.name, checksum: m.checksum })));
  });

  it('is idempotent: a second run applies nothing and records nothing new', async () => {
    expect(await migrate(warehouse.client, { database: warehouse.database })).toEqual([]);
    const [{ n }] = await warehouse.query<{ n: string }>(
      `SELECT count() AS n FROM \`${warehouse.database}\`.schema_migrations`,
    );
    expect(Number(n)).toBe(loadMigrations().length);
  });

  it('applies only the pending migrations, in order', async () => {
    const database = scratchDatabase();
    const first = migration(
      1,
      'one',
      `CREATE TABLE IF NOT EXISTS {{DB}}.one {{ON_CLUSTER}} (x UInt8) ENGINE = {{ENGINE:MergeTree}} ORDER BY x;`,
    );
    const second = migration(
      2,
      'two',
      `CREATE TABLE IF NOT EXISTS {{DB}}.two (x UInt8) ENGINE = MergeTree ORDER BY x;\nINSERT INTO {{DB}}.two VALUES (7)`,
    );
    expect(await migrate(warehouse.client, { database, migrations: [first] })).toEqual(['0001_one']);
    expect(await migrate(warehouse.client, { database, migrations: [first, second] })).toEqual(['0002_two']);
    expect(await warehouse.query(`SELECT x FROM \`${database}\`.two`)).toEqual([{ x: 7 }]);
  });

  it('refuses to run when an applied migration was changed', async () => {
    const database = scratchDatabase();
    const original = migration(
      1,
      'one',
      'CREATE TABLE IF NOT EXISTS {{DB}}.one (x UInt8) ENGINE = MergeTree ORDER BY x;',
    );
    await migrate(warehouse.client, { database, migrations: [original] });
    const edited = migration(
      1,
      'one',
      'CREATE TABLE IF NOT EXISTS {{DB}}.one (x UInt16) ENGINE = MergeTree ORDER BY x;',
    );
    const pending = migration(
      2,
      'two',
      'CREATE TABLE IF NOT EXISTS {{DB}}.two (x UInt8) ENGINE = MergeTree ORDER BY x;',
    );
    expect(await migrationCode(migrate(warehouse.client, { database, migrations: [edited, pending] }))).toBe(
      'MIGRATION_CHECKSUM_MISMATCH',
    );
    const tables = await warehouse.query<{ name: string }>(
      'SELECT name FROM system.tables WHERE database = {db:String}',
      { db: database },
    );
    expect(tables.map((t) => t.name)).not.toContain('two');
  });

  it('reports a failing migration with its name and does not record it, so the next start retries it', async () => {
    const database = scratchDatabase();
    const broken = migration(
      1,
      'broken',
      'CREATE TABLE IF NOT EXISTS {{DB}}.b (x UInt8) ENGINE = MergeTree ORDER BY x;\nSELECT no_such_column FROM {{DB}}.b',
    );
    let error: MigrationError | undefined;
    try {
      await migrate(warehouse.client, { database, migrations: [broken] });
    } catch (caught) {
      error = caught as MigrationError;
    }
    expect(error).toMatchObject({ code: 'MIGRATION_FAILED', migration: '0001_broken' });
    expect(await warehouse.query(`SELECT name FROM \`${database}\`.schema_migrations`)).toEqual([]);
    const fixed = migration(
      1,
      'broken',
      'CREATE TABLE IF NOT EXISTS {{DB}}.b (x UInt8) ENGINE = MergeTree ORDER BY x;',
    );
    expect(await migrate(warehouse.client, { database, migrations: [fixed] })).toEqual(['0001_broken']);
  });
});
