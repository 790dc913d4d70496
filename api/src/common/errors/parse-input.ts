import type { z } from 'zod';
import { BadUserInputError } from './bad-user-input.error';

/**
 * Validates a GraphQL argument with zod; failures become BAD_USER_INPUT with `extensions.issues` whose paths
 * start with `argument` (e.g. `input.email`).
 */
export function parseInput<S extends z.ZodTypeAny>(schema: S, value: unknown, argument: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw BadUserInputError.fromZod(result.error, argument);
  return result.data as z.output<S>;
}
