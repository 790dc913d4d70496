import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parse(value: unknown): Date {
  const date = typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError('DateTime must be an ISO 8601 instant with a zone, e.g. "2026-03-01T09:30:00.000Z"', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
}

function serialize(value: unknown): string {
  // SQLite hands some drivers' dates back as strings; accept both, answer in UTC with milliseconds.
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime value is not a valid date');
  return date.toISOString();
}

/** `DateTime`: a JS Date inside, an ISO 8601 UTC instant on the wire. Every `Date`-typed field maps to it. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'ISO 8601 instant, UTC, e.g. "2026-03-01T09:30:00.000Z"',
  serialize,
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
