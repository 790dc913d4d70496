import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { codegenConfig } from '../../codegen';

/** src/generated is committed; it must be what codegen makes from today's schema and operations. */
describe('generated GraphQL types', () => {
  it('are up to date with api/schema.graphql and the operations in src (run `npm run codegen -w web`)', async () => {
    const outputs = (await generate(codegenConfig(), false)) as Array<{ filename: string; content: string }>;
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect([output.filename, readFileSync(output.filename, 'utf8') === output.content]).toEqual([
        output.filename,
        true,
      ]);
    }
  }, 60000);
});
