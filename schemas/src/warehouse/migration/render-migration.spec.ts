import { loadMigrations } from './migration-files';
import type { MigrationError } from './migration-error';
import { renderMigration } from './render-migration';
import { splitStatements } from './split-statements';

const TEMPLATE = `CREATE TABLE IF NOT EXISTS {{DB}}.t {{ON_CLUSTER}} (id String, v DateTime)
ENGINE = {{ENGINE:ReplacingMergeTree(v)}} ORDER BY id;
CREATE TABLE IF NOT EXISTS {{DB}}.a {{ON_CLUSTER}} (id String) ENGINE = {{ ENGINE:AggregatingMergeTree }} ORDER BY id;
CREATE TABLE IF NOT EXISTS {{DB}}.p (id String) ENGINE = {{ENGINE:MergeTree}} ORDER BY id`;

describe('renderMigration', () => {
  it('renders a single-node deployment', () => {
    expect(renderMigration(TEMPLATE, { database: 'checkmark' })).toBe(
      `CREATE TABLE IF NOT EXISTS \`checkmark\`.t  (id String, v DateTime)
ENGINE = ReplacingMergeTree(v) ORDER BY id;
CREATE TABLE IF NOT EXISTS \`checkmark\`.a  (id String) ENGINE = AggregatingMergeTree ORDER BY id;
CREATE TABLE IF NOT EXISTS \`checkmark\`.p (id String) ENGINE = MergeTree ORDER BY id`,
    );
  });

  it('renders ON CLUSTER and Replicated engines when a cluster is configured', () => {
    expect(renderMigration(TEMPLATE, { database: 'checkmark', cluster: 'main' })).toBe(
      `CREATE TABLE IF NOT EXISTS \`checkmark\`.t ON CLUSTER \`main\` (id String, v DateTime)
ENGINE = ReplicatedReplacingMergeTree(v) ORDER BY id;
CREATE TABLE IF NOT EXISTS \`checkmark\`.a ON CLUSTER \`main\` (id String) ENGINE = ReplicatedAggregatingMergeTree ORDER BY id;
CREATE TABLE IF NOT EXISTS \`checkmark\`.p (id String) ENGINE = ReplicatedMergeTree ORDER BY id`,
    );
  });

  it('rejects unknown placeholders and unsafe names', () => {
    let code: string | undefined;
    try {
      renderMigration('SELECT {{NOPE}}', { database: 'db' });
    } catch (error) {
      code = (error as MigrationError).code;
    }
    expect(code).toBe('MIGRATION_UNKNOWN_PLACEHOLDER');
    expect(() => renderMigration('{{DB}}', { database: 'db`; DROP' })).toThrow();
    expect(() => renderMigration('{{ON_CLUSTER}}', { database: 'db', cluster: 'a b' })).toThrow();
  });

  it('leaves ClickHouse query parameters alone', () => {
    expect(renderMigration('SELECT {id:String} FROM {{DB}}.t', { database: 'd' })).toBe(
      'SELECT {id:String} FROM `d`.t',
    );
  });

  describe.each(loadMigrations().map((m) => [m.name, m] as const))('shipped migration %s', (_name, migration) => {
    const statements = splitStatements(renderMigration(migration.sql, { database: 'db', cluster: 'c' }));

    it('renders completely', () => {
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) expect(statement).not.toMatch(/\{\{|\}\}/);
    });

    it('is re-runnable: every CREATE / ADD COLUMN / DROP says IF [NOT] EXISTS and runs ON CLUSTER when one is set', () => {
      for (const statement of statements) {
        const code = statement.replace(/--.*$/gm, '').trim();
        if (code.startsWith('DROP')) {
          // only a view, to create it again with another query (its data lives in its TO table)
          expect(code).toMatch(/^DROP VIEW IF EXISTS `db`\.\w+ ON CLUSTER `c`$/);
        } else if (code.startsWith('ALTER')) {
          expect(code).toMatch(/^ALTER TABLE `db`\.\w+ ON CLUSTER `c`\s+ADD COLUMN IF NOT EXISTS /);
          expect(code.match(/ADD COLUMN/g)?.length).toBe(code.match(/ADD COLUMN IF NOT EXISTS/g)?.length);
        } else {
          expect(code).toMatch(/^CREATE (TABLE|MATERIALIZED VIEW|VIEW) IF NOT EXISTS `db`\.\w+ ON CLUSTER `c`/);
        }
      }
    });
  });
});
