import { splitStatements } from './split-statements';

describe('splitStatements', () => {
  it('splits at top-level semicolons and drops empty or comment-only chunks', () => {
    expect(splitStatements('SELECT 1;\n\nSELECT 2;\n-- trailing comment\n')).toEqual(['SELECT 1', 'SELECT 2']);
  });

  it('keeps semicolons inside strings, identifiers and comments', () => {
    const sql =
      "SELECT 'a;b', \"c;d\", `e;f` -- g;h\n/* i;j */ FROM t WHERE x = 'it''s; ok' AND y = 'back\\'slash;';SELECT 3";
    expect(splitStatements(sql)).toEqual([
      "SELECT 'a;b', \"c;d\", `e;f` -- g;h\n/* i;j */ FROM t WHERE x = 'it''s; ok' AND y = 'back\\'slash;'",
      'SELECT 3',
    ]);
  });

  it('keeps a leading comment with its statement', () => {
    expect(splitStatements('-- why\nCREATE TABLE t (x UInt8) ENGINE = Memory;')).toEqual([
      '-- why\nCREATE TABLE t (x UInt8) ENGINE = Memory',
    ]);
  });
});
