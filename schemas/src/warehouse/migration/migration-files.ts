import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MigrationError } from './migration-error';

export interface Migration {
  /** File name without `.sql`, e.g. `0001_events`; the key recorded in schema_migrations. */
  name: string;
  number: number;
  /** The template as written (placeholders unrendered). */
  sql: string;
  /** sha256 of the template with normalised line endings, so cluster settings and checkouts do not change it. */
  checksum: string;
}

/** Works from src (tests, ts) and dist (runtime): the build copies the .sql files next to the compiled code. */
export const MIGRATIONS_DIR = join(__dirname, '..', 'migrations');

const FILE_NAME = /^(\d{4})_([a-z0-9]+(?:_[a-z0-9]+)*)\.sql$/;

export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

/** Checks names: `NNNN_snake_name.sql`, numbers unique and consecutive from 0001. Returns them in order. */
export function orderMigrationFiles(fileNames: readonly string[]): { fileName: string; number: number }[] {
  const files = fileNames
    .filter((f) => f.endsWith('.sql'))
    .map((fileName) => {
      const match = FILE_NAME.exec(fileName);
      if (!match) {
        throw new MigrationError(
          'MIGRATION_INVALID_NAME',
          `migration file ${fileName} is not named NNNN_snake_case.sql`,
          fileName,
        );
      }
      return { fileName, number: Number(match[1]) };
    })
    .sort((a, b) => a.number - b.number || a.fileName.localeCompare(b.fileName));
  files.forEach((file, index) => {
    const previous = files[index - 1];
    if (previous && previous.number === file.number) {
      throw new MigrationError(
        'MIGRATION_DUPLICATE_NUMBER',
        `migrations ${previous.fileName} and ${file.fileName} share number ${file.number}`,
        file.fileName,
      );
    }
    if (file.number !== index + 1) {
      throw new MigrationError(
        'MIGRATION_NUMBER_GAP',
        `expected migration number ${index + 1}, found ${file.fileName}`,
        file.fileName,
      );
    }
  });
  return files;
}

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return orderMigrationFiles(readdirSync(dir)).map(({ fileName, number }) => {
    const sql = readFileSync(join(dir, fileName), 'utf8');
    return { name: fileName.slice(0, -'.sql'.length), number, sql, checksum: migrationChecksum(sql) };
  });
}
