import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AppError } from '../common/errors/app-error';
import { BadUserInputError } from '../common/errors/bad-user-input.error';
import { formatGraphqlError } from './format-graphql-error';

const wrapped = (original: Error) => new GraphQLError(original.message, { path: ['me'], originalError: original });

describe('formatGraphqlError', () => {
  afterEach(() => jest.restoreAllMocks());

  it('puts an AppError code and its details into extensions', () => {
    const limited = new AppError('RATE_LIMITED', 'slow down', { details: { retryAfterSeconds: 42 } });
    expect(formatGraphqlError({ message: 'slow down', path: ['login'] }, wrapped(limited))).toEqual({
      message: 'slow down',
      path: ['login'],
      locations: undefined,
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 },
    });
    const invalid = new BadUserInputError([{ path: 'input.email', message: 'must be an e-mail address' }]);
    expect(formatGraphqlError({ message: 'x' }, wrapped(invalid)).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'input.email', message: 'must be an e-mail address' }],
    });
  });

  it('keeps GraphQL own codes, without stack traces', () => {
    const validation = new GraphQLError('Cannot query field "x"', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted = formatGraphqlError(
      { message: validation.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at secret.ts'] } },
      validation,
    );
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('hides an unexpected error behind INTERNAL_SERVER_ERROR and logs it server-side', () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const formatted = formatGraphqlError(
      {
        message: 'connect ECONNREFUSED 10.0.0.5:5432 password=hunter2',
        path: ['me'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
      wrapped(new Error('connect ECONNREFUSED 10.0.0.5:5432')),
    );
    expect(formatted).toEqual({
      message: 'internal error',
      path: ['me'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(log).toHaveBeenCalledTimes(1);
  });
});
