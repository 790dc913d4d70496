import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createApp } from '../app.factory';
import { loadConfig } from '../common/config/app-config';
import { printSortedSchema } from './print-schema';

/** api/schema.graphql, found from this file in src/graphql or dist/graphql alike. */
export const SCHEMA_FILE = resolve(__dirname, '../../schema.graphql');

/**
 * `npm run schema`: builds the app in a throw-away DATA_DIR (SQLite, embedded chDB), takes the schema Nest
 * generated from the code and writes it, sorted, to api/schema.graphql.
 */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'checkmark-schema-'));
  try {
    const app = await createApp({ config: loadConfig({ DATA_DIR: dataDir }) }, { logLevels: ['error'] });
    await app.init();
    const schema = app.get(GraphQLSchemaHost).schema;
    writeFileSync(SCHEMA_FILE, printSortedSchema(schema));
    await app.close();
    console.log(`wrote ${SCHEMA_FILE}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
