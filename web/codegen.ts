import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/** The API's generated, committed schema; CHECKMARK_SCHEMA may point elsewhere (e.g. a contract under review). */
export function schemaPath(): string {
  const override = process.env.CHECKMARK_SCHEMA;
  if (override) return override;
  const generated = join(__dirname, '..', 'api', 'schema.graphql');
  if (!existsSync(generated)) throw new Error('api/schema.graphql is missing: run `npm run schema` at the root first');
  return generated;
}

export function codegenConfig(schema: string = schemaPath()): CodegenConfig {
  return {
    schema,
    documents: [join(__dirname, 'src/**/*.{ts,tsx}'), `!${join(__dirname, 'src/generated/**')}`],
    ignoreNoDocuments: false,
    generates: {
      [join(__dirname, 'src/generated/')]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          enumsAsTypes: true,
          onlyOperationTypes: true,
          useTypeImports: true,
          strictScalars: true,
          scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        },
      },
    },
  };
}

export default codegenConfig();
