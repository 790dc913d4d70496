const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** Database and cluster names end up in DDL, where parameters cannot go: only plain identifiers are allowed. */
export function isIdentifier(value: string): boolean {
  return IDENTIFIER.test(value);
}

export function quoteIdentifier(value: string): string {
  if (!isIdentifier(value)) throw new Error(`not a plain identifier: ${JSON.stringify(value)}`);
  return `\`${value}\``;
}
