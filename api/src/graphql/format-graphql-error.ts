import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError } from '../common/errors/app-error';

const CODES_BY_STATUS: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
};

const logger = new Logger('GraphQL');

/** The error a resolver threw, out of GraphQL's wrapper (errors of parsing and validation have none). */
function unwrap(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}

/**
 * The one place GraphQL errors get their shape: AppError codes (and details such as `issues` or
 * `retryAfterSeconds`) go to `extensions`; GraphQL's own errors (parse, validation, variable coercion) keep
 * their code; anything else is logged here and answered as INTERNAL_SERVER_ERROR without internals.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const { message, locations, path } = formatted;
  const original = unwrap(error);
  if (original instanceof AppError) {
    return { message: original.message, locations, path, extensions: { ...original.details, code: original.code } };
  }
  if (original instanceof HttpException && CODES_BY_STATUS[original.getStatus()]) {
    return { message: original.message, locations, path, extensions: { code: CODES_BY_STATUS[original.getStatus()] } };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    const extensions: Record<string, unknown> = { code };
    if (code === 'BAD_USER_INPUT') extensions.issues = [{ path: (path ?? []).join('.'), message }];
    return { message, locations, path, extensions };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { message: 'internal error', locations, path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
