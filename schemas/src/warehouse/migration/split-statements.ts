/**
 * Splits a migration into single statements at top-level semicolons (the HTTP interface runs one statement
 * per request). Semicolons inside quotes, backticks and comments do not split; comment-only chunks are dropped.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let hasCode = false;
  let i = 0;
  const flush = () => {
    if (hasCode) statements.push(current.trim());
    current = '';
    hasCode = false;
  };
  while (i < sql.length) {
    const ch = sql[i];
    const next = sql[i + 1];
    if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end === -1 ? sql.length : end + 1;
      current += sql.slice(i, stop);
      i = stop;
    } else if (ch === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      const stop = end === -1 ? sql.length : end + 2;
      current += sql.slice(i, stop);
      i = stop;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < sql.length && sql[j] !== ch) j += sql[j] === '\\' ? 2 : 1;
      current += sql.slice(i, j + 1);
      hasCode = true;
      i = j + 1;
    } else if (ch === ';') {
      flush();
      i += 1;
    } else {
      current += ch;
      if (!/\s/.test(ch)) hasCode = true;
      i += 1;
    }
  }
  flush();
  return statements;
}
