import { loadMigrations, migrationChecksum, orderMigrationFiles } from './migration-files';
import type { MigrationError } from './migration-error';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as MigrationError).code;
  }
  return undefined;
}

describe('migration files', () => {
  it('ships migrations numbered 0001..N without duplicates or gaps', () => {
    const migrations = loadMigrations();
    expect(migrations.length).toBeGreaterThanOrEqual(4);
    expect(migrations.map((m) => m.number)).toEqual(migrations.map((_, i) => i + 1));
    expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
  });

  it('rejects duplicate numbers', () => {
    expect(codeOf(() => orderMigrationFiles(['0001_a.sql', '0002_b.sql', '0002_c.sql']))).toBe(
      'MIGRATION_DUPLICATE_NUMBER',
    );
  });

  it('rejects gaps, including a first number other than 0001', () => {
    expect(codeOf(() => orderMigrationFiles(['0001_a.sql', '0003_c.sql']))).toBe('MIGRATION_NUMBER_GAP');
    expect(codeOf(() => orderMigrationFiles(['0002_b.sql']))).toBe('MIGRATION_NUMBER_GAP');
  });

  it('rejects badly named files and ignores non-sql files', () => {
    expect(codeOf(() => orderMigrationFiles(['1_events.sql']))).toBe('MIGRATION_INVALID_NAME');
    expect(codeOf(() => orderMigrationFiles(['0001_Events.sql']))).toBe('MIGRATION_INVALID_NAME');
    expect(orderMigrationFiles(['README.md', '0002_b.sql', '0001_a.sql']).map((f) => f.fileName)).toEqual([
      '0001_a.sql',
      '0002_b.sql',
    ]);
  });

  it('checksums ignore line-ending style but not content', () => {
    expect(migrationChecksum('SELECT 1;\r\nSELECT 2;\r\n')).toBe(migrationChecksum('SELECT 1;\nSELECT 2;\n'));
    expect(migrationChecksum('SELECT 1;')).not.toBe(migrationChecksum('SELECT 2;'));
  });
});
