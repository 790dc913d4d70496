import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { PAGES, pageOperations, parsePages } from './page-operations';

// The benchmark must time what the product serves: every operation (and its variables) is checked against the
// generated schema, so an operation whose API is renamed or not there fails here instead of in a 10M-event run.
const schema = buildSchema(readFileSync(join(__dirname, '../../../api/schema.graphql'), 'utf8'));
const operations = pageOperations(PAGES, { templateName: 'order_update', accountId: 'wa-acc-1' });

describe('page benchmark operations', () => {
  it.each(operations.map((op) => [`${op.page} / ${op.name}`, op] as const))(
    '%s is valid against api/schema.graphql with its variables',
    (_, op) => {
      const document = parse(op.query);
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
      const definition = document.definitions[0] as OperationDefinitionNode;
      for (const shift of [0, 7]) {
        const coerced = getVariableValues(schema, definition.variableDefinitions ?? [], op.variables(shift));
        expect(coerced.errors?.map((e) => e.message)).toBeUndefined();
      }
    },
  );

  it('asks each run for a different 30-day period ending `shift` days back', () => {
    const op = operations.find((o) => o.name === 'complaintTrends')!;
    const first = op.variables(0).filter as { from: string; to: string };
    const later = op.variables(3).filter as { from: string; to: string };
    expect((Date.parse(first.to) - Date.parse(first.from)) / 86_400_000).toBe(29);
    expect((Date.parse(first.to) - Date.parse(later.to)) / 86_400_000).toBe(3);
  });

  it('selects pages, keeps page order and refuses unknown pages', () => {
    const selected = pageOperations(parsePages('complaints,quality'), {});
    expect([...new Set(selected.map((o) => o.page))]).toEqual(['quality', 'complaints']);
    expect(selected.some((o) => o.name === 'accountQualityHistory')).toBe(false);
    expect(parsePages(undefined)).toEqual([...PAGES]);
    expect(() => parsePages('support,nope')).toThrow(/nope/);
  });
});
