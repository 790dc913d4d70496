import type { ClickHouseClient } from '@clickhouse/client';
import { migrate } from './migrate';
import type { Migration } from './migration-files';
import { MigrationError } from './migration-error';

const MIGRATION: Migration = {
  name: '0001_add_column',
  number: 1,
  sql: 'ALTER TABLE {{DB}}.t ADD COLUMN IF NOT EXISTS c Bool DEFAULT false;',
  checksum: 'abc',
};

/** A client whose ALTERs fail with `failures` server errors of `code` before succeeding; records what ran. */
function fakeClient(code: string, failures: number) {
  const commands: string[] = [];
  const inserted: unknown[] = [];
  let left = failures;
  const client = {
    command: ({ query }: { query: string }) => {
      commands.push(query);
      if (query.startsWith('ALTER') && left > 0) {
        left--;
        return Promise.reject(
          Object.assign(new Error('Cannot alter table because it was renamed.'), { code, type: 'X' }),
        );
      }
      return Promise.resolve({});
    },
    query: () => Promise.resolve({ json: () => Promise.resolve([]) }),
    insert: ({ values }: { values: unknown[] }) => Promise.resolve(void inserted.push(...values)),
  } as unknown as ClickHouseClient;
  return { client, commands, inserted };
}

describe('migrate', () => {
  it('runs an ALTER again when a rollup rebuild swapped the table meanwhile (CANNOT_ASSIGN_ALTER), then records it', async () => {
    const { client, commands, inserted } = fakeClient('517', 2);
    await expect(migrate(client, { database: 'db', migrations: [MIGRATION] })).resolves.toEqual(['0001_add_column']);
    expect(commands.filter((c) => c.startsWith('ALTER'))).toHaveLength(3);
    expect(inserted).toEqual([expect.objectContaining({ name: '0001_add_column', checksum: 'abc' })]);
  });

  it('gives up after five attempts and fails the migration without recording it', async () => {
    const { client, commands, inserted } = fakeClient('517', 99);
    await expect(migrate(client, { database: 'db', migrations: [MIGRATION] })).rejects.toBeInstanceOf(MigrationError);
    expect(commands.filter((c) => c.startsWith('ALTER'))).toHaveLength(5);
    expect(inserted).toEqual([]);
  });

  it('does not retry other server errors', async () => {
    const { client, commands } = fakeClient('47', 1);
    await expect(migrate(client, { database: 'db', migrations: [MIGRATION] })).rejects.toThrow(
      'migration 0001_add_column failed',
    );
    expect(commands.filter((c) => c.startsWith('ALTER'))).toHaveLength(1);
  });
});
