import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../testing/test-app';
import { SCHEMA_FILE } from './generate-schema';
import { printSortedSchema } from './print-schema';

describe('api/schema.graphql', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({ dataDir, warehouse });
  });

  afterAll(async () => {
    await running?.close();
    await dropTestDatabase(warehouse);
    removeDataDir(dataDir);
  });

  it('is the schema the code generates (run `npm run schema` after changing the API)', () => {
    const generated = printSortedSchema(running.app.get(GraphQLSchemaHost).schema);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
