import { parse } from 'graphql';
import { operationDepth } from './query-limits.plugin';

describe('operationDepth', () => {
  it('counts nesting through fragments and inline fragments, not introspection', () => {
    expect(operationDepth(parse('{ me { role } }'))).toBe(2);
    expect(operationDepth(parse('{ a { ...F } } fragment F on A { b { ... on B { c { d } } } }'))).toBe(4);
    expect(operationDepth(parse('{ __schema { types { fields { type { ofType { name } } } } } }'))).toBe(0);
  });

  it('measures the named operation only, and survives fragment cycles', () => {
    const document = parse('query Small { a } query Big { a { b { c } } }');
    expect(operationDepth(document, 'Small')).toBe(1);
    expect(operationDepth(document, 'Big')).toBe(3);
    expect(operationDepth(parse('{ a { ...F } } fragment F on A { b { ...F } }'))).toBe(2);
  });
});
